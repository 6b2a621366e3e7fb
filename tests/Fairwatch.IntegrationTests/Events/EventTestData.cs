using AngleSharp.Html.Dom;
using Fairwatch.Email;
using Fairwatch.Events;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Events;

/// <summary>Events made through the service, and reply forms filled in like a person who took a minute.</summary>
internal static class EventTestData
{
    public static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<Event> EventAsync(
        FairwatchFactory app, int capacity, string? online = null, double hoursAhead = 24 * 10, int? campaignId = null, int? filmId = null,
        bool publish = true, string zone = "America/Chicago", string title = "Community screening")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var events = scope.ServiceProvider.GetRequiredService<EventService>();
        var (date, start) = EventTimes.ToLocal(DateTime.UtcNow.AddHours(hoursAhead), zone);
        // Whole minutes, as the form takes them, and ending the same day.
        start = start >= new TimeOnly(22, 0) ? new TimeOnly(21, 0) : new TimeOnly(start.Hour, start.Minute);
        var end = start.AddHours(1);
        var created = await events.CreateAsync(
            new EventInput
            {
                Slug = Slug("event"),
                TitleEn = title,
                TitleEs = "Proyección comunitaria",
                DescriptionEn = "Watch the film **together**.",
                DescriptionEs = "Vea la película **en compañía**.",
                Date = date,
                StartTime = start,
                EndTime = end,
                TimeZoneId = zone,
                Format = online is null ? EventFormat.InPerson : EventFormat.Online,
                Venue = online is null ? "Riverside Hall" : null,
                Address = online is null ? "450 River Road, Chicago" : null,
                OnlineUrl = online,
                Capacity = capacity,
                CampaignId = campaignId,
                FilmId = filmId,
            },
            staffUserId: null);
        Assert.True(created.Succeeded, created.Error);
        if (publish)
        {
            Assert.True((await events.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        }

        return (await events.FindAsync(created.Id!.Value))!;
    }

    /// <summary>A reply-form stamp issued a minute ago.</summary>
    public static async Task<string> StampedAMinuteAgoAsync(FairwatchFactory app, int eventId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return ActivatorUtilities.CreateInstance<EventService>(scope.ServiceProvider, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1))).IssueStamp(eventId);
    }

    /// <summary>A host-form stamp issued a minute ago.</summary>
    public static async Task<string> HostStampedAMinuteAgoAsync(FairwatchFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return ActivatorUtilities.CreateInstance<HostRequestService>(scope.ServiceProvider, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1))).IssueStamp();
    }

    public static async Task<HttpResponseMessage> ReplyAsync(
        FairwatchFactory app, HttpClient client, Event ev, string name, string email, int partySize = 1, string query = "", string homepage = "")
    {
        var url = $"/events/{ev.Slug}{query}";
        return await client.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Rsvp.Name"] = name,
            ["Rsvp.Email"] = email,
            ["Rsvp.PartySize"] = partySize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Rsvp.Homepage"] = homepage,
            ["Rsvp.Stamp"] = await StampedAMinuteAgoAsync(app, ev.Id),
        }, "form.event-form");
    }

    /// <summary>
    /// Posts a form with every value it shows (as a browser does, not only its hidden fields),
    /// changed where <paramref name="changes"/> says.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitFilledAsync(
        this HttpClient client, IHtmlDocument page, string pageUrl, IReadOnlyDictionary<string, string> changes, string formSelector)
    {
        var form = (IHtmlFormElement)page.QuerySelector(formSelector)!;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && (i.Type is not ("radio" or "checkbox") || i.IsChecked)))
        {
            values[input.Name!] = input.Value;
        }

        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>())
        {
            values[select.Name!] = select.Value ?? "";
        }

        foreach (var textarea in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>())
        {
            values[textarea.Name!] = textarea.Value;
        }

        foreach (var (name, value) in changes)
        {
            values[name] = value;
        }

        var action = form.GetAttribute("action");
        return client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }

    public static Task<List<Rsvp>> RepliesAsync(FairwatchFactory app, int eventId) =>
        app.WithDbAsync(db => db.Set<Rsvp>().AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Id).ToListAsync());

    public static Task<List<OutboxMessage>> MailsToAsync(FairwatchFactory app, string email) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).Where(m => m.ToAddress == email).OrderBy(m => m.Id).ToListAsync());

    public static Task<Event> ReloadAsync(FairwatchFactory app, int eventId) =>
        app.WithDbAsync(db => db.Set<Event>().AsNoTracking().SingleAsync(e => e.Id == eventId));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
