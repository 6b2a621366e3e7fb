using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Fairwatch.Events;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Events.EventTestData;

namespace Fairwatch.IntegrationTests.Events;

/// <summary>Event e-mails reach a real SMTP server, with the calendar file attached, and their links work.</summary>
public abstract partial class EventEmailTests(FairwatchFactory app)
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_visitor_who_replies_gets_the_confirmation_with_the_calendar_file_and_its_link_cancels()
    {
        var ev = await EventAsync(app, capacity: 10, title: "Screening with the families");
        var email = $"mailed-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.Redirect, (await ReplyAsync(app, visitor, ev, "Rosa Martínez", email, partySize: 3)).StatusCode);

        var message = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email), MailWait);
        Assert.Equal("Your place at Screening with the families is confirmed", message.Subject);
        Assert.Contains("Hello Rosa Martínez,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Your place is confirmed, for 3 people.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(EventTimes.Describe(ev.StartsAt, ev.EndsAt, ev.TimeZoneId, "en").Full, message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Where: Riverside Hall, 450 River Road, Chicago", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"http://localhost/events/{ev.Slug}?lang=en\">", message.HtmlBody, StringComparison.Ordinal);

        var calendar = Assert.Single(message.Attachments);
        Assert.Equal($"{ev.Slug}.ics", calendar.FileName);
        Assert.StartsWith("text/calendar", calendar.ContentType, StringComparison.Ordinal);
        Assert.Contains("method=PUBLISH", calendar.ContentType, StringComparison.OrdinalIgnoreCase);
        var ics = Encoding.UTF8.GetString(calendar.Content);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{ev.StartsAt:yyyyMMdd'T'HHmmss}Z\r\n", ics, StringComparison.Ordinal);
        Assert.Contains($"UID:event-{ev.Id}@localhost\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Screening with the families\r\n", ics, StringComparison.Ordinal);

        // The link in the e-mail leads to the reply, and its button cancels it.
        var link = ReplyLink().Match(message.TextBody!).Value;
        Assert.StartsWith("http://localhost/events/replies/", link, StringComparison.Ordinal);
        var page = await visitor.GetDocumentAsync(link);
        Assert.Contains("Your place is confirmed, for 3 people.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var cancelled = await visitor.SubmitAsync(page, link, []);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(RsvpStatus.Cancelled, Assert.Single(await RepliesAsync(app, ev.Id)).Status);
    }

    [Fact]
    public async Task A_spanish_reader_of_an_online_event_gets_the_link_to_join_in_spanish_and_someone_waiting_gets_no_calendar_file()
    {
        var ev = await EventAsync(app, capacity: 1, online: "https://meet.example/sala-7", zone: "America/Mexico_City");
        var first = $"primera-{Guid.NewGuid():N}@example.org";
        var second = $"segunda-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        await ReplyAsync(app, visitor, ev, "Ana", first, query: "?lang=es");
        await ReplyAsync(app, visitor, ev, "Berta", second, query: "?lang=es");

        var confirmed = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(first), MailWait);
        Assert.Equal("Su lugar en Proyección comunitaria está confirmado", confirmed.Subject);
        Assert.Contains("Dónde: En línea. Únase aquí: https://meet.example/sala-7", confirmed.TextBody, StringComparison.Ordinal);
        Assert.Contains("CST (UTC−6, Mexico City)", confirmed.TextBody, StringComparison.Ordinal);
        Assert.Contains("sala-7", Encoding.UTF8.GetString(Assert.Single(confirmed.Attachments).Content), StringComparison.Ordinal);

        var waiting = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(second), MailWait);
        Assert.Equal("Está en la lista de espera de Proyección comunitaria", waiting.Subject);
        Assert.Contains("con el número 1", waiting.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("sala-7", waiting.TextBody, StringComparison.Ordinal);
        Assert.Empty(waiting.Attachments);
    }

    [GeneratedRegex(@"http://localhost/events/replies/[A-Za-z0-9_-]+(\?lang=[a-z]+)?")]
    private static partial Regex ReplyLink();
}

public sealed class EventEmailOnSqlite(SqliteApp app) : EventEmailTests(app), IClassFixture<SqliteApp>;

public sealed class EventEmailOnPostgres(PostgresApp app) : EventEmailTests(app), IClassFixture<PostgresApp>;
