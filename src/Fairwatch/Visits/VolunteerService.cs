using System.Globalization;
using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Protection;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Visits;

public sealed class VolunteerOptions
{
    public const string Section = "Volunteers";

    public int FormPostsPerTenMinutes { get; set; } = 10;

    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan FormLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long before a visit everyone signed up for it gets a reminder.</summary>
    public TimeSpan ReminderLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often each instance looks for reminders that are due; zero turns reminders off.</summary>
    public TimeSpan ReminderCheckEvery { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>What an applicant typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record ApplicationSubmission(
    string? Name, string? Email, string? Phone, string? Languages, string? Availability, string? Area, string? HowHeard, bool Consent, string? Trap, string? Stamp, string Culture);

public sealed record ApplicantRow(int Id, string Name, string Area, string Languages, ApplicantStatus Status, DateTime AppliedAt);

public sealed record ApplicantNoteView(DateTime At, string AuthorName, string? Change, string? Text);

/// <summary>The volunteer pipeline: applications from the public form, screening, training and activation.</summary>
public sealed class VolunteerService(
    FairwatchDb db, RecordProtector protector, StaffDirectory directory, UserManager<StaffUser> users, AuditLog audit,
    IDataProtectionProvider protection, TimeProvider clock, IOptions<VolunteerOptions> options)
{
    public const string AuditType = "VolunteerApplication";

    private const string NotePurpose = "ApplicantNote.Text";

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Volunteers.FormStamp.v1", clock);

    public string IssueStamp() => _stamps.Issue("volunteer");

    public string RenewStamp(string? stamp) => _stamps.Renew(stamp, "volunteer", options.Value.MinimumAge, options.Value.FormLifetime);

    /// <summary>Takes an application; a filled honeypot is thanked like a person and nothing is kept.</summary>
    public async Task<ChangeResult> ApplyAsync(ApplicationSubmission submission, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            return ChangeResult.Ok();
        }

        var name = submission.Name?.Trim() ?? "";
        var email = EmailAddresses.Normalise(submission.Email);
        var phone = submission.Phone?.Trim() ?? "";
        var languages = submission.Languages?.Trim() ?? "";
        var availability = submission.Availability?.Trim() ?? "";
        var area = submission.Area?.Trim() ?? "";
        var howHeard = submission.HowHeard?.Trim() ?? "";
        var problem = name.Length == 0 ? ChangeResult.Fail("Enter your name.", nameof(ApplicationSubmission.Name))
            : name.Length > VolunteerLimits.Name ? ChangeResult.Fail("Your name is too long (200 characters at most).", nameof(ApplicationSubmission.Name))
            : email.Length == 0 ? ChangeResult.Fail("Enter your e-mail address.", nameof(ApplicationSubmission.Email))
            : !EmailAddresses.IsValid(email) ? ChangeResult.Fail("Enter a valid e-mail address.", nameof(ApplicationSubmission.Email))
            : phone.Length > VolunteerLimits.Phone ? ChangeResult.Fail("The phone number is too long.", nameof(ApplicationSubmission.Phone))
            : languages.Length == 0 ? ChangeResult.Fail("Say which languages you speak.", nameof(ApplicationSubmission.Languages))
            : languages.Length > VolunteerLimits.Short ? ChangeResult.Fail("Keep the languages under 200 characters.", nameof(ApplicationSubmission.Languages))
            : availability.Length == 0 ? ChangeResult.Fail("Say when you could visit.", nameof(ApplicationSubmission.Availability))
            : availability.Length > VolunteerLimits.Availability ? ChangeResult.Fail("Keep your availability under 500 characters.", nameof(ApplicationSubmission.Availability))
            : area.Length == 0 ? ChangeResult.Fail("Say where you could travel to.", nameof(ApplicationSubmission.Area))
            : area.Length > VolunteerLimits.Short ? ChangeResult.Fail("Keep the area under 200 characters.", nameof(ApplicationSubmission.Area))
            : howHeard.Length > VolunteerLimits.Short ? ChangeResult.Fail("Keep this under 200 characters.", nameof(ApplicationSubmission.HowHeard))
            : CommentService.CountLinks(string.Join(' ', name, languages, availability, area, howHeard)) > 0 ? ChangeResult.Fail("Please leave out web addresses.", nameof(ApplicationSubmission.Availability))
            : !submission.Consent ? ChangeResult.Fail("Tick the box so that our coordinators may contact you.", nameof(ApplicationSubmission.Consent))
            : StampProblems.For(_stamps.Check(submission.Stamp, "volunteer", options.Value.MinimumAge, options.Value.FormLifetime));
        if (problem is not null)
        {
            return problem;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new VolunteerApplication
        {
            Name = name,
            Email = email,
            Phone = phone.Length == 0 ? null : phone,
            Languages = languages,
            Availability = availability,
            Area = area,
            HowHeard = howHeard.Length == 0 ? null : howHeard,
            Culture = Cultures.Normalise(submission.Culture),
            Status = ApplicantStatus.Applied,
            AppliedAt = now,
            StatusChangedAt = now,
        };
        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(application.Id);
    }

    public async Task<IReadOnlyList<ApplicantRow>> ListAsync(ApplicantStatus? status, CancellationToken cancellationToken = default)
    {
        var query = db.Set<VolunteerApplication>().AsNoTracking();
        if (status is { } only)
        {
            query = query.Where(a => a.Status == only);
        }

        return await query.OrderBy(a => a.Status).ThenBy(a => a.AppliedAt)
            .Select(a => new ApplicantRow(a.Id, a.Name, a.Area, a.Languages, a.Status, a.AppliedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<ApplicantStatus, int>> CountsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<VolunteerApplication>().GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

    /// <summary>An application with its notes opened, for a coordinator; the opening is audited.</summary>
    public async Task<(VolunteerApplication Application, IReadOnlyList<ApplicantNoteView> Notes)?> OpenAsync(int id, string actorId, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<VolunteerApplication>().AsNoTracking().Include(a => a.Notes).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return null;
        }

        audit.Record(actorId, await NameOfAsync(actorId, cancellationToken), AuditAction.Viewed, AuditType, Id(id), null);
        await db.SaveChangesAsync(cancellationToken);
        var key = await protector.FindKeyAsync(application.DataKeyId, cancellationToken);
        return (application, [.. application.Notes.OrderBy(n => n.At).ThenBy(n => n.Id)
            .Select(n => new ApplicantNoteView(n.At, n.AuthorName, n.Change, RecordProtector.Open(key, n.TextSealed, NotePurpose)))]);
    }

    /// <summary>Where an applicant may go from each status: one step on, or declined; a declined applicant may be reconsidered.</summary>
    public static IReadOnlyList<ApplicantStatus> Next(ApplicantStatus status) => status switch
    {
        ApplicantStatus.Applied => [ApplicantStatus.Screening, ApplicantStatus.Declined],
        ApplicantStatus.Screening => [ApplicantStatus.Training, ApplicantStatus.Declined],
        ApplicantStatus.Training => [ApplicantStatus.Active, ApplicantStatus.Declined],
        ApplicantStatus.Active => [],
        _ => [ApplicantStatus.Screening],
    };

    /// <summary>
    /// Moves an applicant on, with an optional note. Becoming active invites them to sign in with the
    /// Volunteer role (the invitation e-mail comes from the staff directory).
    /// </summary>
    public async Task<ChangeResult> MoveAsync(int id, ApplicantStatus status, string? note, string actorId, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<VolunteerApplication>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return ChangeResult.Fail("That application does not exist.");
        }

        if (!Next(application.Status).Contains(status))
        {
            return ChangeResult.Fail("An applicant cannot move to that step from where they are.", "Status");
        }

        var text = note?.Trim() ?? "";
        if (text.Length > VolunteerLimits.Note)
        {
            return ChangeResult.Fail("The note is too long (5,000 characters at most).", "Note");
        }

        var actor = await users.FindByIdAsync(actorId);
        if (actor is null)
        {
            return ChangeResult.Fail("Sign in again.");
        }

        if (status == ApplicantStatus.Active)
        {
            var invited = await directory.InviteAsync(application.Email, application.Name, application.Culture, [StaffRoles.Volunteer], actor);
            if (!invited.Succeeded)
            {
                return ChangeResult.Fail(invited.Error!, "Status");
            }

            application.StaffUserId = (await users.FindByEmailAsync(application.Email))?.Id;
        }

        var change = $"Status: {application.Status} → {status}";
        application.Status = status;
        application.StatusChangedAt = clock.GetUtcNow().UtcDateTime;
        await AddNoteAsync(application, actor, change, text, cancellationToken);
        audit.Record(actorId, actor.DisplayName, AuditAction.Changed, AuditType, Id(id), change);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(id);
    }

    public async Task<ChangeResult> NoteAsync(int id, string? note, string actorId, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<VolunteerApplication>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        var text = note?.Trim() ?? "";
        var actor = await users.FindByIdAsync(actorId);
        if (application is null || actor is null)
        {
            return ChangeResult.Fail("That application does not exist.");
        }

        if (text.Length == 0)
        {
            return ChangeResult.Fail("Write the note.", "Note");
        }

        if (text.Length > VolunteerLimits.Note)
        {
            return ChangeResult.Fail("The note is too long (5,000 characters at most).", "Note");
        }

        await AddNoteAsync(application, actor, null, text, cancellationToken);
        audit.Record(actorId, actor.DisplayName, AuditAction.Changed, AuditType, Id(id), "Note added");
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(id);
    }

    private async Task AddNoteAsync(VolunteerApplication application, StaffUser actor, string? change, string text, CancellationToken cancellationToken)
    {
        byte[]? sealedText = null;
        if (text.Length > 0)
        {
            var key = await protector.FindKeyAsync(application.DataKeyId, cancellationToken);
            if (key is null)
            {
                key = await protector.NewKeyAsync(cancellationToken);
                application.DataKeyId = key.Id;
            }

            sealedText = RecordProtector.Seal(key, text, NotePurpose);
        }

        db.Add(new ApplicantNote { ApplicationId = application.Id, AuthorId = actor.Id, AuthorName = actor.DisplayName, At = clock.GetUtcNow().UtcDateTime, Change = change, TextSealed = sealedText });
    }

    private async Task<string> NameOfAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? userId;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
