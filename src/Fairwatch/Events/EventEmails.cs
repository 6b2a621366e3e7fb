using System.Globalization;
using System.Text;
using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Web;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Events;

/// <summary>
/// Event e-mails, written to the outbox with the caller's change, in the language the person
/// used. Everyone with a confirmed place gets the calendar entry attached, with the link to join
/// when the event is online: that link is never on a public page.
/// </summary>
public sealed class EventEmails(FairwatchDb db, Outbox outbox, EmailTemplates templates, PublicUrls urls, IStringLocalizer<SharedResource> localizer)
{
    public void EnqueueReply(Rsvp reply, Event ev, int? waitlistPosition)
    {
        if (reply.Status == RsvpStatus.Confirmed)
        {
            Enqueue("event-confirmed", "events.confirmed", reply, ev);
        }
        else
        {
            Enqueue("event-waitlisted", "events.waitlisted", reply, ev, new()
            {
                ["position"] = (waitlistPosition ?? 1).ToString(CultureInfo.InvariantCulture),
            });
        }
    }

    public void EnqueuePromoted(Rsvp reply, Event ev) => Enqueue("event-promoted", "events.promoted", reply, ev);

    public void EnqueueReminder(Rsvp reply, Event ev) => Enqueue("event-reminder", "events.reminder", reply, ev);

    public void EnqueueCancelledByStaff(Rsvp reply, Event ev) => Enqueue("event-cancelled", "events.cancelled", reply, ev);

    public void EnqueueHostRequestReceived(HostRequest request, string? filmTitle)
    {
        var culture = request.Culture;
        var content = templates.Render("host-request-received", culture, new Dictionary<string, string>
        {
            ["name"] = request.Name,
            ["place"] = request.Place,
            ["date"] = Cultures.LongDate(request.ProposedDate.ToDateTime(TimeOnly.MinValue), culture),
            ["audience"] = request.ExpectedAudience.ToString("N0", CultureInfo.GetCultureInfo(culture)),
            ["film"] = filmTitle ?? In(culture, () => localizer["Not chosen yet"]),
        });
        outbox.Enqueue(db, "events.host-request", request.Email, request.Name, content);
    }

    /// <summary>
    /// The event for a calendar app. For someone with a confirmed place the entry of an online
    /// event carries the link to join; the public one never does.
    /// </summary>
    public CalendarEntry Entry(Event ev, string culture, bool withJoinLink)
    {
        var page = urls.Absolute($"/events/{ev.Slug}", []);
        var host = new Uri(page).Host;
        var description = new StringBuilder(ev.Description.In(culture).Trim());
        if (withJoinLink && ev.Format == EventFormat.Online)
        {
            description.Append("\n\n").Append(In(culture, () => localizer["Join online: {0}", ev.OnlineUrl!]));
        }

        description.Append("\n\n").Append(page);
        return new CalendarEntry(
            $"event-{ev.Id}@{host}",
            ev.StartsAt,
            ev.EndsAt,
            ev.UpdatedAt,
            ev.Revision,
            ev.Title.In(culture),
            description.ToString().Trim(),
            ev.Format == EventFormat.Online
                ? (withJoinLink ? ev.OnlineUrl : In(culture, () => localizer["Online"]))
                : $"{ev.Venue}, {ev.Address}",
            page);
    }

    public static string CalendarFileName(Event ev) => $"{ev.Slug}.ics";

    private void Enqueue(string template, string kind, Rsvp reply, Event ev, Dictionary<string, string>? extra = null)
    {
        var culture = reply.Culture;
        var confirmed = reply.Status == RsvpStatus.Confirmed;
        var values = new Dictionary<string, string>
        {
            ["name"] = reply.Name,
            ["title"] = ev.Title.In(culture),
            ["when"] = EventTimes.Describe(ev.StartsAt, ev.EndsAt, ev.TimeZoneId, culture).Full,
            ["date"] = EventTimes.Describe(ev.StartsAt, ev.EndsAt, ev.TimeZoneId, culture).Date,
            ["where"] = Where(ev, culture, confirmed),
            ["party"] = In(culture, () => reply.PartySize == 1 ? localizer["1 person"] : localizer["{0} people", reply.PartySize]),
            ["event_link"] = urls.Absolute($"/events/{ev.Slug}", new() { ["lang"] = culture }),
            ["reply_link"] = urls.Absolute($"/events/replies/{reply.Token}", new() { ["lang"] = culture }),
        };
        foreach (var (key, value) in extra ?? [])
        {
            values[key] = value;
        }

        var content = templates.Render(template, culture, values);
        IReadOnlyList<EmailAttachment>? calendar = confirmed && template != "event-cancelled"
            ? [new EmailAttachment(
                CalendarFileName(ev),
                $"{CalendarFile.MediaType}; method=PUBLISH; charset=utf-8",
                Encoding.UTF8.GetBytes(CalendarFile.Write(Entry(ev, culture, withJoinLink: true))))]
            : null;
        outbox.Enqueue(db, kind, reply.Email, reply.Name, content, attachments: calendar);
    }

    private string Where(Event ev, string culture, bool confirmed) => ev.Format switch
    {
        EventFormat.Online when confirmed => In(culture, () => localizer["Online. Join here: {0}", ev.OnlineUrl!]),
        EventFormat.Online => In(culture, () => localizer["Online. The link to join comes with a confirmed place."]),
        _ => $"{ev.Venue}, {ev.Address}",
    };

    /// <summary>A string from the localizer in the person's language, whatever the language of the current request.</summary>
    private static string In(string culture, Func<LocalizedString> text)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Cultures.Normalise(culture));
        try
        {
            return text().Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
