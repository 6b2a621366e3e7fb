using Fairwatch.Campaigns;
using Fairwatch.Contact;
using Fairwatch.Data;
using Fairwatch.Email;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Contact;

public sealed class ContactServiceTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync("--Organisation:ContactEmail=team@org.example", "--Organisation:Name=Red de Apoyo");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_message_is_enqueued_for_the_organisation_with_the_sender_as_reply_to_and_nothing_else_is_stored()
    {
        await using var scope = _app.Scope();
        // The stamps' key ring is made on first use; make it before counting.
        Service(scope).IssueStamp();
        var tablesBefore = await TableCountsAsync(scope);

        var result = await SendAsync(Service(scope), "  Ana\r\nBcc: victim@example.org ", " Ana@Example.org ", ContactTopic.Screenings, "Can we host a screening?\r\nIn May.", culture: "es");

        Assert.True(result.Succeeded, result.Error);
        var message = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().OutboxMessages.AsNoTracking().SingleAsync();
        Assert.Equal(ContactService.OutboxKind, message.Kind);
        Assert.Equal("team@org.example", message.ToAddress);
        Assert.Equal("Red de Apoyo", message.ToName);
        Assert.Equal("ana@example.org", message.ReplyToAddress);
        // The name is one line, whatever was sent: nothing can become a header.
        Assert.Equal("Contact form (Screenings): Ana Bcc: victim@example.org", message.Subject);
        Assert.Contains("Can we host a screening?\nIn May.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Written in: Spanish", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("deletes its own copy 7 days after delivering it", message.TextBody, StringComparison.Ordinal);
        // The outbox row is the only thing written.
        var tablesAfter = await TableCountsAsync(scope);
        Assert.Equal(tablesBefore.Keys, tablesAfter.Keys);
        Assert.Equal(["OutboxMessages"], tablesAfter.Where(t => t.Value != tablesBefore[t.Key]).Select(t => t.Key));
    }

    [Fact]
    public async Task The_honeypot_answers_like_a_success_and_sends_nothing()
    {
        await using var scope = _app.Scope();

        var result = await SendAsync(Service(scope), "Bot", "bot@example.org", ContactTopic.Other, "Buy now", trap: "https://spam.example");

        Assert.True(result.Succeeded);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<FairwatchDb>().OutboxMessages.CountAsync());
    }

    [Theory]
    [InlineData("", "a@example.org", ContactTopic.General, "Hi", "Name", "Enter your name.")]
    [InlineData("Ana", "", ContactTopic.General, "Hi", "Email", "Enter your e-mail address.")]
    [InlineData("Ana", "ana@localhost", ContactTopic.General, "Hi", "Email", "Enter a valid e-mail address.")]
    [InlineData("Ana", "Ana <ana@example.org>", ContactTopic.General, "Hi", "Email", "Enter a valid e-mail address.")]
    [InlineData("Ana", "a@example.org", null, "Hi", "Topic", "Choose what your message is about.")]
    [InlineData("Ana", "a@example.org", (ContactTopic)42, "Hi", "Topic", "Choose what your message is about.")]
    [InlineData("Ana", "a@example.org", ContactTopic.General, "   ", "Message", "Write your message.")]
    [InlineData("Ana", "a@example.org", ContactTopic.General, "https://a.example https://b.example https://c.example www.d.example", "Message", "Your message has too many links. Please remove some and send it again.")]
    public async Task Each_mistake_is_named_and_nothing_is_sent(string name, string email, ContactTopic? topic, string message, string field, string error)
    {
        await using var scope = _app.Scope();

        var result = await SendAsync(Service(scope), name, email, topic, message);

        Assert.False(result.Succeeded);
        Assert.Equal(field, result.Field);
        Assert.Equal(error, result.Error);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<FairwatchDb>().OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task A_form_sent_too_soon_or_too_late_is_refused()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var stamp = service.IssueStamp();

        var fast = await service.SendAsync(new ContactSubmission("Ana", "ana@example.org", ContactTopic.General, "Hi", null, stamp, "en"));
        Assert.Contains("quicker than anyone can write", fast.Error, StringComparison.Ordinal);
        Assert.Equal(stamp, service.RenewStamp(stamp));

        _clock.Advance(TimeSpan.FromHours(25));
        var stale = await service.SendAsync(new ContactSubmission("Ana", "ana@example.org", ContactTopic.General, "Hi", null, stamp, "en"));
        Assert.Contains("open for a long time", stale.Error, StringComparison.Ordinal);
        Assert.NotEqual(stamp, service.RenewStamp(stamp));
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<FairwatchDb>().OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task An_address_may_send_three_messages_an_hour_counted_from_the_outbox()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await SendAsync(service, "Ana", "ana@example.org", ContactTopic.General, $"Message {i}")).Succeeded);
        }

        var refused = await SendAsync(service, "Ana", "ANA@example.org", ContactTopic.General, "One more");
        Assert.Contains("several messages in the last hour", refused.Error, StringComparison.Ordinal);
        Assert.True((await SendAsync(service, "Bea", "bea@example.org", ContactTopic.General, "Someone else")).Succeeded);

        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.True((await SendAsync(service, "Ana", "ana@example.org", ContactTopic.General, "An hour later")).Succeeded);
    }

    [Fact]
    public async Task Delivered_messages_are_deleted_after_a_week_and_waiting_ones_are_kept()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        Assert.True((await SendAsync(service, "Ana", "ana@example.org", ContactTopic.General, "Delivered long ago")).Succeeded);
        Assert.True((await SendAsync(service, "Bea", "bea@example.org", ContactTopic.General, "Delivered recently")).Succeeded);
        Assert.True((await SendAsync(service, "Cai", "cai@example.org", ContactTopic.General, "Never delivered")).Succeeded);
        var now = _clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.ReplyToAddress == "ana@example.org")
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now.AddDays(-8)));
        await db.OutboxMessages.Where(m => m.ReplyToAddress == "bea@example.org")
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, now.AddDays(-6)));

        Assert.Equal(1, await service.PurgeDeliveredAsync());

        Assert.Equal(["bea@example.org", "cai@example.org"], await db.OutboxMessages.OrderBy(m => m.ReplyToAddress).Select(m => m.ReplyToAddress!).ToListAsync());
    }

    [Fact]
    public async Task Without_an_organisation_address_the_form_is_not_offered_and_nothing_is_sent()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var service = Service(scope);

        Assert.False(service.IsAvailable);
        var result = await SendAsync(service, "Ana", "ana@example.org", ContactTopic.General, "Hello");
        Assert.Equal("The contact form is not available at the moment.", result.Error);
    }

    // The outbox on the same clock, as in the app: the per-address limit compares its times with the service's.
    private ContactService Service(AsyncServiceScope scope) => ActivatorUtilities.CreateInstance<ContactService>(
        scope.ServiceProvider, _clock, ActivatorUtilities.CreateInstance<Outbox>(scope.ServiceProvider, _clock));

    /// <summary>Sends as a person would: the form was shown half a minute before.</summary>
    private async Task<ChangeResult> SendAsync(
        ContactService service, string name, string email, ContactTopic? topic, string message, string? trap = null, string culture = "en")
    {
        var stamp = service.IssueStamp();
        _clock.Advance(TimeSpan.FromSeconds(30));
        return await service.SendAsync(new ContactSubmission(name, email, topic, message, trap, stamp, culture));
    }

    private static async Task<Dictionary<string, int>> TableCountsAsync(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var counts = new Dictionary<string, int>();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct())
        {
            // Table names from the model, not from any input.
            var count = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<int>(count).SingleAsync();
        }

        return counts;
    }
}
