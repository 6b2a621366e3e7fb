using Fairwatch.Data;
using Fairwatch.Email;

namespace Fairwatch.Tests.Email;

/// <summary>Messages whose answers should go to someone else (the visitor who used the contact form).</summary>
public sealed class ReplyToTests
{
    private static readonly EmailContent Content = new("Subject", "Text", null);

    [Fact]
    public async Task The_reply_address_travels_with_the_message_into_the_mail_it_becomes()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();

        var message = scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue(db, "test", "team@org.example", "Team", Content, replyTo: "visitor@example.org");
        using var mail = app.Services.GetRequiredService<EmailTransport>().BuildMailMessage(message);

        Assert.Equal("visitor@example.org", message.ReplyToAddress);
        Assert.Equal(["visitor@example.org"], mail.ReplyToList.Select(a => a.Address));
        Assert.Equal("team@org.example", Assert.Single(mail.To).Address);
    }

    [Fact]
    public async Task A_reply_address_is_refused_as_a_plain_header_or_when_it_is_not_one_address()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();

        Assert.Throws<ArgumentException>(() => outbox.Enqueue(db, "test", "team@org.example", null, Content, new Dictionary<string, string> { ["reply-to"] = "x@example.org" }));
        Assert.Throws<ArgumentException>(() => outbox.Enqueue(db, "test", "team@org.example", null, Content, replyTo: "not an address"));
        using var plain = app.Services.GetRequiredService<EmailTransport>().BuildMailMessage(outbox.Enqueue(db, "test", "team@org.example", null, Content));
        Assert.Empty(plain.ReplyToList);
    }
}
