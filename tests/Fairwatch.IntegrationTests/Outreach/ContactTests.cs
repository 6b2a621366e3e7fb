using System.Net;
using AngleSharp.Html.Dom;
using Fairwatch.Contact;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Outreach.OutreachTestData;

namespace Fairwatch.IntegrationTests.Outreach;

/// <summary>A visitor writes through /contact; staff receive it by e-mail, through the outbox, with Reply-To the visitor.</summary>
public abstract class ContactTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_message_reaches_the_organisation_by_real_smtp_with_reply_to_the_sender_and_the_sender_is_thanked()
    {
        var email = $"writer-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();

        var sent = await SendAsync(visitor, "Rosa Díaz", email, "press", "I am a reporter at the Courier.\nCould we talk on Friday?");

        Assert.Equal("/contact?sent=1", sent.Location());
        var thanks = await visitor.GetDocumentAsync(sent.Location());
        Assert.Contains("Thank you. Your message is on its way to us.", thanks.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(thanks.QuerySelector("main form"));

        var received = await app.Smtp.WaitForMessageAsync(m => m.Headers.GetValueOrDefault("Reply-To", "").Contains(email, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Equal([FairwatchFactory.ContactEmail], received.To);
        Assert.Equal("Contact form (Press): Rosa Díaz", received.Subject);
        Assert.Contains("I am a reporter at the Courier.\nCould we talk on Friday?", received.TextBody, StringComparison.Ordinal);
        Assert.Contains($"From: Rosa Díaz <{email}>", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("Written in: English", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>Rosa D&#237;az</strong>", received.HtmlBody, StringComparison.Ordinal);

        // The outbox row is the only copy, and it says where replies go.
        var stored = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ReplyToAddress == email));
        Assert.Equal(ContactService.OutboxKind, stored.Kind);
    }

    [Fact]
    public async Task A_topic_in_the_address_is_chosen_and_the_page_says_what_is_kept()
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync("/contact?topic=press");

        Assert.True(((IHtmlInputElement)page.QuerySelector("#Contact_Topic_Press")!).IsChecked);
        Assert.False(((IHtmlInputElement)page.QuerySelector("#Contact_Topic_General")!).IsChecked);
        Assert.Contains("deletes its own copy of your message 7 days after delivering it", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name='Contact.Homepage']"));
        Assert.NotNull(page.QuerySelector("input[type=hidden][name='Contact.Stamp']"));
    }

    [Fact]
    public async Task Mistakes_are_explained_in_the_visitors_language_what_was_typed_is_kept_and_nothing_is_sent()
    {
        var email = $"mistake-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();

        var missing = await SendAsync(visitor, "Kept Name", email, topic: null, "Kept text\nover two lines");

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var page = await HtmlForms.ParseAsync(missing);
        Assert.Contains("Choose what your message is about.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Contact_Topic", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Kept Name", page.QuerySelector("input[name='Contact.Name']")!.GetAttribute("value"));
        Assert.Equal(email, page.QuerySelector("input[name='Contact.Email']")!.GetAttribute("value"));
        Assert.Equal("Kept text\nover two lines", page.QuerySelector("textarea[name='Contact.Message']")!.TextContent.TrimStart('\n'));

        var badEmail = await HtmlForms.ParseAsync(await SendAsync(visitor, "Name", "not an address", "general", "Hello"));
        Assert.Contains("Enter a valid e-mail address.", badEmail.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await HtmlForms.ParseAsync(await SendAsync(spanish, "Nombre", email, "general", ""));
        Assert.Contains("Escriba su mensaje.", es.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(0, await SentFromAsync(email));
    }

    [Fact]
    public async Task A_filled_honeypot_is_thanked_but_nothing_is_sent_or_kept()
    {
        var email = $"bot-{Guid.NewGuid():N}@example.org";

        var response = await SendAsync(app.CreateBrowserClient(), "Bot", email, "other", "Buy now", homepage: "https://spam.example");

        Assert.Equal("/contact?sent=1", response.Location());
        Assert.Equal(0, await SentFromAsync(email));
    }

    [Fact]
    public async Task A_message_sent_straight_back_is_refused_as_too_fast_and_a_forged_stamp_is_refused()
    {
        var email = $"fast-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        var form = await visitor.GetDocumentAsync("/contact");

        var fast = await visitor.SubmitAsync(form, "/contact", new Dictionary<string, string>
        {
            ["Contact.Name"] = "Speedy", ["Contact.Email"] = email, ["Contact.Topic"] = "General", ["Contact.Message"] = "Typed in no time",
        });

        var page = await HtmlForms.ParseAsync(fast);
        Assert.Contains("quicker than anyone can write", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Typed in no time", page.QuerySelector("textarea[name='Contact.Message']")!.TextContent.Trim());

        var forged = await SendAsync(visitor, "Forger", email, "general", "Hi", stamp: "not-a-stamp");
        Assert.Contains("could not check this form", (await HtmlForms.ParseAsync(forged)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await SentFromAsync(email));
    }

    [Fact]
    public async Task One_address_may_send_three_messages_an_hour()
    {
        var email = $"busy-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(visitor, "Busy", email, "general", $"Message {i}")).StatusCode);
        }

        var fourth = await SendAsync(visitor, "Busy", email.ToUpperInvariant(), "general", "One more");

        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
        Assert.Contains("several messages in the last hour", (await HtmlForms.ParseAsync(fourth)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, await SentFromAsync(email));
    }

    /// <summary>Fills the contact form like a person who took a minute to write.</summary>
    private async Task<HttpResponseMessage> SendAsync(
        HttpClient client, string name, string email, string? topic, string message, string? homepage = null, string? stamp = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Contact.Name"] = name,
            ["Contact.Email"] = email,
            ["Contact.Message"] = message,
            ["Contact.Homepage"] = homepage ?? "",
            ["Contact.Stamp"] = stamp ?? await ContactWrittenAMinuteAgoAsync(app),
        };
        if (topic is not null)
        {
            fields["Contact.Topic"] = topic;
        }

        return await client.SubmitAsync("/contact", fields);
    }

    private Task<int> SentFromAsync(string email) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == ContactService.OutboxKind && m.ReplyToAddress == email.ToLowerInvariant()));
}

public sealed class ContactOnSqlite(SqliteApp app) : ContactTests(app), IClassFixture<SqliteApp>;

public sealed class ContactOnPostgres(PostgresApp app) : ContactTests(app), IClassFixture<PostgresApp>;

/// <summary>The per-network limit of the contact form, on an app configured with a small one.</summary>
public sealed class ContactRateLimitTests(ContactRateLimitTests.LowLimitApp app) : IClassFixture<ContactRateLimitTests.LowLimitApp>
{
    public sealed class LowLimitApp : SqliteApp
    {
        public LowLimitApp() => Set("Contact:FormPostsPerTenMinutes", "2");
    }

    [Fact]
    public async Task Too_many_posts_from_one_network_are_turned_away_and_reading_is_not_limited()
    {
        var client = app.CreateBrowserClient();
        for (var i = 0; i < 2; i++)
        {
            var ok = await client.SubmitAsync("/contact", new Dictionary<string, string>
            {
                ["Contact.Name"] = "Flood", ["Contact.Email"] = $"flood{i}-{Guid.NewGuid():N}@example.org", ["Contact.Topic"] = "Other",
                ["Contact.Message"] = "Again", ["Contact.Stamp"] = await ContactWrittenAMinuteAgoAsync(app),
            });
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        var refused = await client.SubmitAsync("/contact", new Dictionary<string, string>
        {
            ["Contact.Name"] = "Flood", ["Contact.Email"] = "flood9@example.org", ["Contact.Topic"] = "Other",
            ["Contact.Message"] = "Again", ["Contact.Stamp"] = await ContactWrittenAMinuteAgoAsync(app),
        });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/contact")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == ContactService.OutboxKind)));

        // Each public form counts on its own: the same network can still comment on a film.
        var (filmId, filmSlug) = await FilmAsync(app, "Counted apart");
        var comment = await client.SubmitAsync($"/films/{filmSlug}/comment", new Dictionary<string, string>
        {
            ["Comment.Name"] = "Flood", ["Comment.Email"] = "flood-comment@example.org", ["Comment.Body"] = "Still here",
            ["Comment.Stamp"] = await CommentWrittenAMinuteAgoAsync(app, Fairwatch.Comments.CommentTargets.Film, filmId),
        });
        Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
    }
}
