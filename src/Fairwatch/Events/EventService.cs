using System.Linq.Expressions;
using System.Security.Cryptography;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Sharing;
using Fairwatch.Videos;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Events;

/// <summary>What staff type into the event form; times are local to the chosen time zone.</summary>
public sealed record EventInput
{
    public string? Slug { get; init; }

    public string? TitleEn { get; init; }

    public string? TitleEs { get; init; }

    public string? DescriptionEn { get; init; }

    public string? DescriptionEs { get; init; }

    public DateOnly? Date { get; init; }

    public TimeOnly? StartTime { get; init; }

    public TimeOnly? EndTime { get; init; }

    public string? TimeZoneId { get; init; }

    public EventFormat Format { get; init; }

    public string? Venue { get; init; }

    public string? Address { get; init; }

    public string? OnlineUrl { get; init; }

    public int? Capacity { get; init; }

    public int? FilmId { get; init; }

    public int? CampaignId { get; init; }

    public int? HostRequestId { get; init; }
}

/// <summary>An event with its film and campaign, each only when it is published.</summary>
public sealed record EventListing(Event Event, Film? Film, Campaign? Campaign);

/// <summary>An event for the staff list, with how many wait for a place.</summary>
public sealed record EventSummary(Event Event, int Waitlisted);

/// <summary>What a visitor sent, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record RsvpSubmission(int EventId, string? Name, string? Email, int? PartySize, string? Trap, string? Stamp, string Culture, Referral? Referral = null);

public enum RsvpOutcome
{
    Confirmed,
    Waitlisted,

    /// <summary>The address already has a reply for this event; nothing changed and nothing about the reply is told.</summary>
    AlreadyReplied,
}

/// <summary>
/// The answer to a reply. One caught by the honeypot is answered "confirmed" without being
/// stored, so that a script learns nothing from the answer.
/// </summary>
/// <param name="ReferralCode">The person's code for their share links: the reply's own, or a fresh unstored one when nothing was stored.</param>
public sealed record RsvpReceipt(ChangeResult Result, RsvpOutcome Outcome, string? ReferralCode = null);

/// <summary>A reply as its owner sees it through the link in their e-mail.</summary>
public sealed record ReplyView(Rsvp Reply, Event Event, int? WaitlistPosition);

/// <summary>Events for visitors and staff: listings, replies with a waiting list, and the staff editor.</summary>
public sealed class EventService(
    FairwatchDb db,
    TimeProvider clock,
    IOutputCacheStore cache,
    IDataProtectionProvider protection,
    IOptions<EventOptions> options,
    EventEmails emails,
    FilmService films,
    CampaignService campaigns,
    ILogger<EventService> logger)
{
    /// <summary>Output-cache tag of the pages that show places left; evicted whenever a reply changes them.</summary>
    public const string CacheTag = "events";

    /// <summary>Addresses under /events/ that are pages of their own, not events.</summary>
    public static readonly IReadOnlySet<string> ReservedSlugs = new HashSet<string>(StringComparer.Ordinal) { "host", "replies" };

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Events.FormStamp.v1", clock);

    private EventOptions Options => options.Value;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // ---- For visitors -------------------------------------------------------------------------

    /// <summary>Published events that have not ended, soonest first (one that is under way is still listed).</summary>
    public async Task<IReadOnlyList<EventListing>> ListUpcomingAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var events = await db.Set<Event>().AsNoTracking()
            .Where(e => e.IsPublished && e.EndsAt > now)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return await WithLinksAsync(events, cancellationToken);
    }

    /// <summary>The most recent published events that have ended, latest first.</summary>
    public async Task<IReadOnlyList<EventListing>> ListPastAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var events = await db.Set<Event>().AsNoTracking()
            .Where(e => e.IsPublished && e.EndsAt <= now)
            .OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id)
            .Take(Options.PastEventsListed)
            .ToListAsync(cancellationToken);
        return await WithLinksAsync(events, cancellationToken);
    }

    public async Task<IReadOnlyList<Event>> ListUpcomingForCampaignAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        return await db.Set<Event>().AsNoTracking()
            .Where(e => e.IsPublished && e.CampaignId == campaignId && e.EndsAt > now)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .Take(5)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every published event, for the sitemap.</summary>
    public async Task<IReadOnlyList<string>> ListPublishedSlugsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Event>().AsNoTracking().Where(e => e.IsPublished).OrderBy(e => e.StartsAt).Select(e => e.Slug).ToListAsync(cancellationToken);

    public async Task<EventListing?> FindPublishedAsync(string slug, CancellationToken cancellationToken = default)
    {
        var found = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug && e.IsPublished, cancellationToken);
        return found is null ? null : (await WithLinksAsync([found], cancellationToken))[0];
    }

    /// <summary>The event as visitors will see it, published or not, for the staff preview.</summary>
    public async Task<EventListing?> PreviewAsync(int id, CancellationToken cancellationToken = default)
    {
        var found = await db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return found is null ? null : (await WithLinksAsync([found], cancellationToken))[0];
    }

    public bool HasStarted(Event ev) => ev.StartsAt <= Now;

    public bool HasEnded(Event ev) => ev.EndsAt <= Now;

    public string IssueStamp(int eventId) => _stamps.Issue(StampSubject(eventId));

    public StampCheck CheckStamp(string? stamp, int eventId) => _stamps.Check(stamp, StampSubject(eventId), options.Value.MinimumAge, options.Value.FormLifetime);

    /// <summary>The stamp to put back in a form shown again (see <see cref="FormStamps.Renew"/>).</summary>
    public string RenewStamp(string? stamp, int eventId) => _stamps.Renew(stamp, StampSubject(eventId), options.Value.MinimumAge, options.Value.FormLifetime);

    /// <summary>
    /// Takes a reply: a place when the whole party fits, otherwise a place on the waiting list.
    /// The same address twice for one event changes nothing and is told only that it already
    /// replied. The e-mail that confirms it is written in the same transaction.
    /// </summary>
    public async Task<RsvpReceipt> ReplyAsync(RsvpSubmission submission, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            logger.LogInformation("A reply to event {Id} filled the hidden field and was discarded.", submission.EventId);
            return new(ChangeResult.Ok(), RsvpOutcome.Confirmed, Referrals.NewCode());
        }

        var name = submission.Name?.Trim() ?? "";
        var email = EmailAddresses.Normalise(submission.Email);
        var invalid = ValidateReply(name, email, submission.PartySize);
        if (invalid is not null)
        {
            return Refused(invalid);
        }

        switch (CheckStamp(submission.Stamp, submission.EventId))
        {
            case StampCheck.TooFast:
                return Refused(ChangeResult.Fail("That was quicker than anyone can fill in a form. Please check your reply, then send it again."));
            case StampCheck.Expired:
                return Refused(ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please send your reply again."));
            case StampCheck.Invalid:
                return Refused(ChangeResult.Fail("We could not check this form. Please send your reply again."));
        }

        var now = Now;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ev = await LockAsync(submission.EventId, cancellationToken);
        if (ev is null || !ev.IsPublished)
        {
            return Refused(ChangeResult.Fail("This event is not open for replies."));
        }

        if (ev.StartsAt <= now)
        {
            return Refused(ChangeResult.Fail("This event has started, so replies are closed."));
        }

        var reply = await db.Set<Rsvp>().SingleOrDefaultAsync(r => r.EventId == ev.Id && r.Email == email, cancellationToken);
        if (reply is { Status: not RsvpStatus.Cancelled })
        {
            return new(ChangeResult.Ok(), RsvpOutcome.AlreadyReplied, Referrals.NewCode());
        }

        if (reply is null)
        {
            reply = new Rsvp { EventId = ev.Id, Name = name, Email = email, Culture = "", Token = "" }.Record(submission.Referral ?? Referral.None);
            db.Add(reply);
        }

        // Someone who cancelled and replies again starts afresh, at the end of the waiting list if it comes to that.
        reply.Name = name;
        reply.PartySize = submission.PartySize!.Value;
        reply.Culture = Cultures.Normalise(submission.Culture);
        reply.Token = NewToken();
        reply.RepliedAt = now;
        reply.CancelledAt = null;
        reply.CancelledBy = null;
        reply.RemindedAt = null;
        reply.ReferralCode ??= Referrals.NewCode();
        if (Waitlist.Fits(ev, reply.PartySize))
        {
            Confirm(ev, reply, now);
        }
        else
        {
            reply.Status = RsvpStatus.Waitlisted;
            reply.ConfirmedAt = null;
        }

        var position = reply.Status == RsvpStatus.Waitlisted ? await WaitlistCountAsync(ev.Id, cancellationToken) + 1 : (int?)null;
        emails.EnqueueReply(reply, ev, position);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await EvictPlacesAsync();
        return new(ChangeResult.Ok(reply.Id), reply.Status == RsvpStatus.Confirmed ? RsvpOutcome.Confirmed : RsvpOutcome.Waitlisted, reply.ReferralCode);
    }

    public async Task<ReplyView?> FindReplyAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var reply = await db.Set<Rsvp>().AsNoTracking().SingleOrDefaultAsync(r => r.Token == token, cancellationToken);
        if (reply is null)
        {
            return null;
        }

        var ev = await db.Set<Event>().AsNoTracking().SingleAsync(e => e.Id == reply.EventId, cancellationToken);
        int? position = reply.Status == RsvpStatus.Waitlisted
            ? await db.Set<Rsvp>().CountAsync(
                r => r.EventId == ev.Id && r.Status == RsvpStatus.Waitlisted
                    && (r.RepliedAt < reply.RepliedAt || (r.RepliedAt == reply.RepliedAt && r.Id < reply.Id)),
                cancellationToken) + 1
            : null;
        return new ReplyView(reply, ev, position);
    }

    /// <summary>The person cancels their own reply with the link from their e-mail; the waiting list moves up.</summary>
    public async Task<ChangeResult> CancelReplyAsync(string? token, CancellationToken cancellationToken = default)
    {
        var eventId = string.IsNullOrEmpty(token)
            ? null
            : await db.Set<Rsvp>().Where(r => r.Token == token).Select(r => (int?)r.EventId).SingleOrDefaultAsync(cancellationToken);
        if (eventId is null)
        {
            return ChangeResult.Fail("This link does not lead to a reply. It may have been replaced by a newer one.");
        }

        return await CancelAsync(eventId.Value, r => r.Token == token, staffUserId: null, cancellationToken);
    }

    /// <summary>Staff cancel someone's reply; the person is told by e-mail and the waiting list moves up.</summary>
    public Task<ChangeResult> CancelReplyByStaffAsync(int eventId, int replyId, string? staffUserId) =>
        CancelAsync(eventId, r => r.Id == replyId, staffUserId ?? "staff", CancellationToken.None);

    // ---- For staff ----------------------------------------------------------------------------

    public async Task<IReadOnlyList<EventSummary>> ListAllAsync()
    {
        var events = await db.Set<Event>().AsNoTracking().OrderByDescending(e => e.StartsAt).ThenByDescending(e => e.Id).ToListAsync();
        var waiting = await db.Set<Rsvp>().Where(r => r.Status == RsvpStatus.Waitlisted)
            .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return [.. events.Select(e => new EventSummary(e, waiting.GetValueOrDefault(e.Id)))];
    }

    public Task<Event?> FindAsync(int id) => db.Set<Event>().AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);

    /// <summary>Every reply of the event: confirmed ones, then the waiting list in its order, then cancelled ones.</summary>
    public async Task<IReadOnlyList<Rsvp>> ListRepliesAsync(int eventId) =>
        await db.Set<Rsvp>().AsNoTracking()
            .Where(r => r.EventId == eventId)
            .OrderBy(r => r.Status).ThenBy(r => r.RepliedAt).ThenBy(r => r.Id)
            .ToListAsync();

    /// <summary>
    /// Every problem with the fields that can be judged on their own, in the form's order, so that
    /// the form can show them all at once.
    /// </summary>
    public IReadOnlyList<ChangeResult> CheckFields(EventInput input)
    {
        var problems = new List<ChangeResult>();
        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            problems.Add(ChangeResult.Fail("An event needs a title in English.", nameof(EventInput.TitleEn)));
        }

        if (!string.IsNullOrWhiteSpace(input.Slug) || !string.IsNullOrWhiteSpace(input.TitleEn))
        {
            var slug = SlugOf(input);
            if (!Slugs.IsValid(slug))
            {
                problems.Add(ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(EventInput.Slug)));
            }
            else if (ReservedSlugs.Contains(slug))
            {
                problems.Add(ChangeResult.Fail("This address is taken by a page of the site. Choose another.", nameof(EventInput.Slug)));
            }
        }

        if (input.Date is null)
        {
            problems.Add(ChangeResult.Fail("Enter the date of the event.", nameof(EventInput.Date)));
        }

        if (input.StartTime is null)
        {
            problems.Add(ChangeResult.Fail("Enter the time the event starts.", nameof(EventInput.StartTime)));
        }

        if (input.EndTime is null)
        {
            problems.Add(ChangeResult.Fail("Enter the time the event ends.", nameof(EventInput.EndTime)));
        }
        else if (input.StartTime is TimeOnly starts && input.EndTime <= starts)
        {
            problems.Add(ChangeResult.Fail("The event must end after it starts, on the same day.", nameof(EventInput.EndTime)));
        }

        if (!EventTimes.IsKnownZone(input.TimeZoneId))
        {
            problems.Add(ChangeResult.Fail("Choose the time zone the event happens in.", nameof(EventInput.TimeZoneId)));
        }
        else if (input.Date is DateOnly date)
        {
            foreach (var (time, field) in new[] { (input.StartTime, nameof(EventInput.StartTime)), (input.EndTime, nameof(EventInput.EndTime)) })
            {
                if (time is TimeOnly local && EventTimes.ToUtc(date, local, input.TimeZoneId!, out _) is null)
                {
                    problems.Add(ChangeResult.Fail("The clocks go forward at that time, so it does not exist on that day. Choose an hour later.", field));
                }
            }
        }

        if (input.Format == EventFormat.Online)
        {
            if (!Links.IsWebAddress(input.OnlineUrl))
            {
                problems.Add(ChangeResult.Fail("An online event needs the web address where people join, starting with https://.", nameof(EventInput.OnlineUrl)));
            }
        }
        else
        {
            if (string.IsNullOrWhiteSpace(input.Venue))
            {
                problems.Add(ChangeResult.Fail("Enter the name of the venue.", nameof(EventInput.Venue)));
            }

            if (string.IsNullOrWhiteSpace(input.Address))
            {
                problems.Add(ChangeResult.Fail("Enter the venue's address.", nameof(EventInput.Address)));
            }
        }

        if (input.Capacity is not (>= 1 and <= EventLimits.MaxCapacity))
        {
            problems.Add(ChangeResult.Fail("The capacity is the number of people who can come, from 1 to 100,000.", nameof(EventInput.Capacity)));
        }

        return problems;
    }

    public async Task<ChangeResult> CreateAsync(EventInput input, string? staffUserId)
    {
        var now = Now;
        var ev = new Event { Slug = "", TimeZoneId = "", CreatedAt = now };
        var invalid = await ApplyAsync(ev, input);
        if (invalid is not null)
        {
            return invalid;
        }

        if (input.HostRequestId is int requestId)
        {
            var request = await db.Set<HostRequest>().SingleOrDefaultAsync(r => r.Id == requestId);
            if (request is not null)
            {
                ev.HostRequestId = request.Id;
                // Turning a request into an event is accepting it.
                if (request.Status == HostRequestStatus.New)
                {
                    request.Status = HostRequestStatus.Accepted;
                    request.DecidedAt = now;
                    request.DecidedBy = staffUserId;
                }
            }
        }

        db.Add(ev);
        ev.UpdatedAt = now;
        await db.SaveChangesAsync();
        await EvictAllAsync();
        return ChangeResult.Ok(ev.Id);
    }

    /// <summary>
    /// Saves the event. A larger capacity moves the waiting list up at once; a capacity below the
    /// places already taken is refused, because nobody's confirmed place is taken away silently.
    /// </summary>
    public async Task<ChangeResult> SaveAsync(int id, EventInput input)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ev = await LockAsync(id, CancellationToken.None);
        if (ev is null)
        {
            return ChangeResult.Fail("This event does not exist.");
        }

        var invalid = await ApplyAsync(ev, input);
        if (invalid is not null)
        {
            return invalid;
        }

        if (ev.Capacity < ev.ConfirmedPlaces)
        {
            return ChangeResult.Fail("The capacity cannot be less than the places already taken. Cancel replies first, or choose a larger capacity.", nameof(EventInput.Capacity));
        }

        ev.Revision++;
        ev.UpdatedAt = Now;
        await PromoteAsync(ev, CancellationToken.None);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await EvictAllAsync();
        return ChangeResult.Ok(ev.Id);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var ev = await db.Set<Event>().SingleOrDefaultAsync(e => e.Id == id);
        if (ev is null)
        {
            return ChangeResult.Fail("This event does not exist.");
        }

        ev.IsPublished = published;
        ev.PublishedAt = published ? ev.PublishedAt ?? Now : ev.PublishedAt;
        ev.UpdatedAt = Now;
        await db.SaveChangesAsync();
        await EvictAllAsync();
        return ChangeResult.Ok(id);
    }

    /// <summary>Deletes an event nobody has replied to; one with replies can only be unpublished, so no reply is lost unseen.</summary>
    public async Task<ChangeResult> DeleteAsync(int id)
    {
        if (await db.Set<Rsvp>().AnyAsync(r => r.EventId == id))
        {
            return ChangeResult.Fail("People have replied to this event, so it cannot be deleted. Unpublish it instead.");
        }

        if (await db.Set<Event>().Where(e => e.Id == id).ExecuteDeleteAsync() == 0)
        {
            return ChangeResult.Fail("This event does not exist.");
        }

        await EvictAllAsync();
        return ChangeResult.Ok(id);
    }

    /// <summary>What the event form shows for an event: its times back in its own zone.</summary>
    public static EventInput ToInput(Event ev)
    {
        var (date, starts) = EventTimes.ToLocal(ev.StartsAt, ev.TimeZoneId);
        var (_, ends) = EventTimes.ToLocal(ev.EndsAt, ev.TimeZoneId);
        return new EventInput
        {
            Slug = ev.Slug,
            TitleEn = ev.Title.En,
            TitleEs = ev.Title.Es,
            DescriptionEn = ev.Description.En,
            DescriptionEs = ev.Description.Es,
            Date = date,
            StartTime = starts,
            EndTime = ends,
            TimeZoneId = ev.TimeZoneId,
            Format = ev.Format,
            Venue = ev.Venue,
            Address = ev.Address,
            OnlineUrl = ev.OnlineUrl,
            Capacity = ev.Capacity,
            FilmId = ev.FilmId,
            CampaignId = ev.CampaignId,
            HostRequestId = ev.HostRequestId,
        };
    }

    // ---- Inside -------------------------------------------------------------------------------

    /// <summary>
    /// Begins every change of an event's replies: an UPDATE that changes nothing takes the event's
    /// row lock, and only then is the event read. On PostgreSQL a second change to the same event
    /// waits here until the first one commits, so two people can never both take the last place
    /// and a cancellation never misses someone who joined the waiting list at the same moment.
    /// SQLite needs no lock: its transactions take the database's write lock when they begin.
    /// </summary>
    private async Task<Event?> LockAsync(int eventId, CancellationToken cancellationToken)
    {
        var locked = await db.Set<Event>().Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ConfirmedPlaces, e => e.ConfirmedPlaces), cancellationToken);
        return locked == 0 ? null : await db.Set<Event>().SingleAsync(e => e.Id == eventId, cancellationToken);
    }

    private async Task<ChangeResult> CancelAsync(int eventId, Expression<Func<Rsvp, bool>> which, string? staffUserId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ev = await LockAsync(eventId, cancellationToken);
        var reply = ev is null ? null : await db.Set<Rsvp>().Where(r => r.EventId == eventId).SingleOrDefaultAsync(which, cancellationToken);
        if (ev is null || reply is null)
        {
            return ChangeResult.Fail("This reply does not exist.");
        }

        if (reply.Status == RsvpStatus.Cancelled)
        {
            return ChangeResult.Ok(reply.Id);
        }

        var hadPlace = reply.Status == RsvpStatus.Confirmed;
        reply.Status = RsvpStatus.Cancelled;
        reply.CancelledAt = Now;
        reply.CancelledBy = staffUserId;
        if (hadPlace)
        {
            ev.ConfirmedPlaces -= reply.PartySize;
            await PromoteAsync(ev, cancellationToken);
        }

        if (staffUserId is not null)
        {
            emails.EnqueueCancelledByStaff(reply, ev);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await EvictPlacesAsync();
        return ChangeResult.Ok(reply.Id);
    }

    /// <summary>Gives free places to the waiting list in its order, skipping a party too big for what is free; each one promoted is told by e-mail.</summary>
    private async Task PromoteAsync(Event ev, CancellationToken cancellationToken)
    {
        var now = Now;
        if (ev.StartsAt <= now || ev.IsFull)
        {
            return;
        }

        var waiting = await db.Set<Rsvp>()
            .Where(r => r.EventId == ev.Id && r.Status == RsvpStatus.Waitlisted)
            .OrderBy(r => r.RepliedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var reply in Waitlist.WhoFits(ev.Capacity - ev.ConfirmedPlaces, waiting))
        {
            Confirm(ev, reply, now);
            emails.EnqueuePromoted(reply, ev);
        }
    }

    private static void Confirm(Event ev, Rsvp reply, DateTime now)
    {
        reply.Status = RsvpStatus.Confirmed;
        reply.ConfirmedAt = now;
        ev.ConfirmedPlaces += reply.PartySize;
    }

    private Task<int> WaitlistCountAsync(int eventId, CancellationToken cancellationToken) =>
        db.Set<Rsvp>().CountAsync(r => r.EventId == eventId && r.Status == RsvpStatus.Waitlisted, cancellationToken);

    /// <summary>Checks everything first and changes the event only when all of it is valid.</summary>
    private async Task<ChangeResult?> ApplyAsync(Event ev, EventInput input)
    {
        if (CheckFields(input) is [var first, ..])
        {
            return first;
        }

        var slug = SlugOf(input);
        if (await db.Set<Event>().AnyAsync(e => e.Slug == slug && e.Id != ev.Id))
        {
            return ChangeResult.Fail("Another event already uses this address.", nameof(EventInput.Slug));
        }

        if (input.FilmId is int filmId && await films.FindAsync(filmId) is null)
        {
            return ChangeResult.Fail("The chosen film does not exist.", nameof(EventInput.FilmId));
        }

        if (input.CampaignId is int campaignId && await campaigns.FindAsync(campaignId) is null)
        {
            return ChangeResult.Fail("The chosen campaign does not exist.", nameof(EventInput.CampaignId));
        }

        var zone = input.TimeZoneId!;
        ev.Slug = slug;
        ev.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        ev.Description = LocalizedText.From(input.DescriptionEn, input.DescriptionEs);
        ev.TimeZoneId = zone;
        ev.StartsAt = EventTimes.ToUtc(input.Date!.Value, input.StartTime!.Value, zone, out _)!.Value;
        ev.EndsAt = EventTimes.ToUtc(input.Date!.Value, input.EndTime!.Value, zone, out _)!.Value;
        ev.Format = input.Format;
        var online = input.Format == EventFormat.Online;
        ev.Venue = online ? null : input.Venue!.Trim();
        ev.Address = online ? null : input.Address!.Trim();
        ev.OnlineUrl = online ? input.OnlineUrl!.Trim() : null;
        ev.Capacity = input.Capacity!.Value;
        ev.FilmId = input.FilmId;
        ev.CampaignId = input.CampaignId;
        return null;
    }

    private async Task<IReadOnlyList<EventListing>> WithLinksAsync(IReadOnlyList<Event> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var publishedFilms = events.Any(e => e.FilmId is not null)
            ? (await films.ListPublishedAsync(cancellationToken: cancellationToken)).ToDictionary(f => f.Id)
            : [];
        var publishedCampaigns = events.Any(e => e.CampaignId is not null)
            ? (await campaigns.ListPublishedAsync(cancellationToken)).ToDictionary(c => c.Id)
            : [];
        return [.. events.Select(e => new EventListing(
            e,
            e.FilmId is int film ? publishedFilms.GetValueOrDefault(film) : null,
            e.CampaignId is int campaign ? publishedCampaigns.GetValueOrDefault(campaign) : null))];
    }

    private ChangeResult? ValidateReply(string name, string email, int? partySize)
    {
        if (name.Length == 0)
        {
            return ChangeResult.Fail("Enter your name.", nameof(RsvpSubmission.Name));
        }

        if (name.Length > EventLimits.NameLength)
        {
            return ChangeResult.Fail("Your name is too long (80 characters at most).", nameof(RsvpSubmission.Name));
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(RsvpSubmission.Email));
        }

        if (email.Length > EventLimits.EmailLength || !EmailAddresses.IsValid(email))
        {
            return ChangeResult.Fail("Enter a valid e-mail address.", nameof(RsvpSubmission.Email));
        }

        if (partySize is null || partySize < 1 || partySize > Options.MaxPartySize)
        {
            return ChangeResult.Fail("Choose how many people are coming, yourself included.", nameof(RsvpSubmission.PartySize));
        }

        return null;
    }

    private async Task EvictPlacesAsync() => await cache.EvictByTagAsync(CacheTag, CancellationToken.None);

    /// <summary>After staff change an event: the listing and event pages, and the campaign pages that list events.</summary>
    private async Task EvictAllAsync()
    {
        await cache.EvictByTagAsync(CacheTag, CancellationToken.None);
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
    }

    private static RsvpReceipt Refused(ChangeResult result) => new(result, RsvpOutcome.Confirmed);

    private static string StampSubject(int eventId) => $"rsvp|{eventId}";

    internal static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

    private static string SlugOf(EventInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(input.TitleEn) : input.Slug.Trim();
}

/// <summary>The waiting list's one rule, kept apart so it is tested on its own.</summary>
public static class Waitlist
{
    public static bool Fits(Event ev, int partySize) => ev.ConfirmedPlaces + partySize <= ev.Capacity;

    /// <summary>
    /// Who gets the free places, going down the list in order: each party that fits in what is
    /// still free, skipping (but keeping the place of) a party too big for it.
    /// </summary>
    public static IReadOnlyList<Rsvp> WhoFits(int freePlaces, IEnumerable<Rsvp> waitingInOrder)
    {
        var promoted = new List<Rsvp>();
        foreach (var reply in waitingInOrder)
        {
            if (freePlaces <= 0)
            {
                break;
            }

            if (reply.PartySize <= freePlaces)
            {
                promoted.Add(reply);
                freePlaces -= reply.PartySize;
            }
        }

        return promoted;
    }
}
