using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Videos;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Events;

/// <summary>What someone who offers to host a screening sent, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record HostRequestSubmission(
    string? Name,
    string? Email,
    string? Organisation,
    string? Place,
    DateOnly? ProposedDate,
    int? ExpectedAudience,
    int? FilmId,
    string? Message,
    string? Trap,
    string? Stamp,
    string Culture);

/// <summary>Requests to host a screening: the public form, and the review staff do.</summary>
public sealed class HostRequestService(
    FairwatchDb db,
    TimeProvider clock,
    IDataProtectionProvider protection,
    IOptions<EventOptions> options,
    EventEmails emails,
    FilmService films,
    ILogger<HostRequestService> logger)
{
    private const string StampSubject = "host";

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Events.HostForm.v1", clock);

    public string IssueStamp() => _stamps.Issue(StampSubject);

    public string RenewStamp(string? stamp) => _stamps.Renew(stamp, StampSubject, options.Value.MinimumAge, options.Value.FormLifetime);

    /// <summary>Stores the request and writes the acknowledgement e-mail with it; a filled honeypot is thanked and dropped.</summary>
    public async Task<ChangeResult> SubmitAsync(HostRequestSubmission submission, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            logger.LogInformation("A request to host a screening filled the hidden field and was discarded.");
            return ChangeResult.Ok();
        }

        var email = EmailAddresses.Normalise(submission.Email);
        var invalid = Validate(submission, email);
        if (invalid is not null)
        {
            return invalid;
        }

        Film? film = null;
        if (submission.FilmId is int filmId)
        {
            film = (await films.FindAsync(filmId)) is { IsPublished: true } found ? found : null;
            if (film is null)
            {
                return ChangeResult.Fail("Choose one of the films in the list.", nameof(HostRequestSubmission.FilmId));
            }
        }

        switch (_stamps.Check(submission.Stamp, StampSubject, options.Value.MinimumAge, options.Value.FormLifetime))
        {
            case StampCheck.TooFast:
                return ChangeResult.Fail("That was quicker than anyone can fill in a form. Please check your request, then send it again.");
            case StampCheck.Expired:
                return ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please send your request again.");
            case StampCheck.Invalid:
                return ChangeResult.Fail("We could not check this form. Please send your request again.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-1);
        if (await db.Set<HostRequest>().CountAsync(r => r.Email == email && r.CreatedAt > since, cancellationToken) >= options.Value.HostRequestsPerAddressPerDay)
        {
            return ChangeResult.Fail("You have sent several requests today. We will read them and write to you; please wait for our answer before sending another.");
        }

        var culture = Cultures.Normalise(submission.Culture);
        var request = new HostRequest
        {
            Name = submission.Name!.Trim(),
            Email = email,
            Organisation = NullIfEmpty(submission.Organisation),
            Place = submission.Place!.Trim(),
            ProposedDate = submission.ProposedDate!.Value,
            ExpectedAudience = submission.ExpectedAudience!.Value,
            FilmId = film?.Id,
            Message = NullIfEmpty(submission.Message?.ReplaceLineEndings("\n")),
            Culture = culture,
            Status = HostRequestStatus.New,
            CreatedAt = now,
        };
        db.Add(request);
        emails.EnqueueHostRequestReceived(request, film?.Title.In(culture));
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(request.Id);
    }

    public async Task<IReadOnlyDictionary<HostRequestStatus, int>> CountsAsync()
    {
        var counts = await db.Set<HostRequest>().GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return Enum.GetValues<HostRequestStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>New requests oldest first (fair to those who asked first); decided ones newest first.</summary>
    public async Task<IReadOnlyList<HostRequest>> ListAsync(HostRequestStatus status)
    {
        var query = db.Set<HostRequest>().AsNoTracking().Where(r => r.Status == status);
        query = status == HostRequestStatus.New
            ? query.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            : query.OrderByDescending(r => r.DecidedAt).ThenByDescending(r => r.Id);
        return await query.Take(200).ToListAsync();
    }

    public Task<HostRequest?> FindAsync(int id) => db.Set<HostRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);

    /// <summary>The events made from the request.</summary>
    public async Task<IReadOnlyList<Event>> EventsFromAsync(int id) =>
        await db.Set<Event>().AsNoTracking().Where(e => e.HostRequestId == id).OrderBy(e => e.StartsAt).ToListAsync();

    public async Task<ChangeResult> DecideAsync(int id, HostRequestStatus status, string? note, string? staffUserId)
    {
        var request = await db.Set<HostRequest>().SingleOrDefaultAsync(r => r.Id == id);
        if (request is null)
        {
            return ChangeResult.Fail("This request does not exist.");
        }

        if (note?.Length > EventLimits.NoteLength)
        {
            return ChangeResult.Fail("The note is too long (2,000 characters at most).", "Note");
        }

        request.Status = status;
        request.StaffNote = NullIfEmpty(note?.ReplaceLineEndings("\n"));
        request.DecidedAt = status == HostRequestStatus.New ? null : clock.GetUtcNow().UtcDateTime;
        request.DecidedBy = status == HostRequestStatus.New ? null : staffUserId;
        await db.SaveChangesAsync();
        return ChangeResult.Ok(id);
    }

    /// <summary>
    /// An event made from the request, for staff to complete: its date, place, film and expected
    /// audience as capacity. The times are left for staff to enter, and the request's message
    /// stays private.
    /// </summary>
    public async Task<EventInput?> DraftEventAsync(int id)
    {
        var request = await FindAsync(id);
        if (request is null)
        {
            return null;
        }

        var film = request.FilmId is int filmId ? await films.FindAsync(filmId) : null;
        return new EventInput
        {
            TitleEn = film is null ? $"Screening in {request.Place}" : $"Screening of “{film.Title.En}” in {request.Place}",
            TitleEs = film is null ? $"Proyección en {request.Place}" : $"Proyección de «{film.Title.In(Cultures.Spanish)}» en {request.Place}",
            DescriptionEn = request.Organisation is null ? null : $"Hosted by {request.Organisation}.",
            DescriptionEs = request.Organisation is null ? null : $"Organiza: {request.Organisation}.",
            Date = request.ProposedDate,
            TimeZoneId = EventTimes.DefaultZoneId,
            Format = EventFormat.InPerson,
            Venue = request.Organisation,
            Address = request.Place,
            Capacity = Math.Clamp(request.ExpectedAudience, 1, EventLimits.MaxCapacity),
            FilmId = film?.Id,
            CampaignId = film?.CampaignId,
            HostRequestId = request.Id,
        };
    }

    private ChangeResult? Validate(HostRequestSubmission submission, string email)
    {
        var name = submission.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            return ChangeResult.Fail("Enter your name.", nameof(HostRequestSubmission.Name));
        }

        if (name.Length > EventLimits.NameLength)
        {
            return ChangeResult.Fail("Your name is too long (80 characters at most).", nameof(HostRequestSubmission.Name));
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(HostRequestSubmission.Email));
        }

        if (email.Length > EventLimits.EmailLength || !EmailAddresses.IsValid(email))
        {
            return ChangeResult.Fail("Enter a valid e-mail address.", nameof(HostRequestSubmission.Email));
        }

        if (submission.Organisation?.Trim().Length > EventLimits.OrganisationLength)
        {
            return ChangeResult.Fail("The organisation's name is too long (200 characters at most).", nameof(HostRequestSubmission.Organisation));
        }

        var place = submission.Place?.Trim() ?? "";
        if (place.Length == 0)
        {
            return ChangeResult.Fail("Enter the city and the place where you would hold the screening.", nameof(HostRequestSubmission.Place));
        }

        if (place.Length > EventLimits.PlaceLength)
        {
            return ChangeResult.Fail("The place is too long (200 characters at most).", nameof(HostRequestSubmission.Place));
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (submission.ProposedDate is not DateOnly date)
        {
            return ChangeResult.Fail("Enter the date you propose.", nameof(HostRequestSubmission.ProposedDate));
        }

        if (date < today || date > today.AddYears(2))
        {
            return ChangeResult.Fail("The date you propose must be between today and two years from now.", nameof(HostRequestSubmission.ProposedDate));
        }

        if (submission.ExpectedAudience is not (>= 1 and <= EventLimits.MaxCapacity))
        {
            return ChangeResult.Fail("Enter how many people you expect, as a number from 1 to 100,000.", nameof(HostRequestSubmission.ExpectedAudience));
        }

        if (submission.Message?.Trim().Length > EventLimits.MessageLength)
        {
            return ChangeResult.Fail("Your message is too long (2,000 characters at most).", nameof(HostRequestSubmission.Message));
        }

        return null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
