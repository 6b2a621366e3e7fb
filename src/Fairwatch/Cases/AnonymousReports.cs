using System.Security.Cryptography;
using System.Text;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Detention;
using Fairwatch.Protection;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Fairwatch.Cases;

public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>Reports and status checks one network address may send in ten minutes (counted in memory only).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 10;

    public TimeSpan MinimumAge { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan FormLifetime { get; set; } = TimeSpan.FromHours(4);
}

/// <summary>What the reporter typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record ReportSubmission(
    string? Narrative, int? FacilityId, string? Place, DateOnly? OccurredOn, IReadOnlyList<AbuseCategory> Categories, string? Contact, string? Trap, string? Stamp, string Culture);

/// <summary>The answer to a report: the receipt code to show once, or what is wrong.</summary>
public sealed record ReportReceipt(string? Code, ChangeResult? Problem = null, bool AlreadySent = false);

/// <summary>What a reporter may see with their receipt code: where the report stands, and nothing of its content.</summary>
public sealed record ReportStatus(CaseStatus Status, DateOnly ReceivedOn, IReadOnlyList<DateOnly> AddedOn);

/// <summary>
/// Anonymous web reports. Nothing that identifies the reporter's device or network is stored: no
/// address, no user agent, no cookie but the antiforgery one, no time finer than the day (the case,
/// its history and the reporter's additions all carry the day only). The receipt code is shown once
/// and only its slow hash is kept (<see cref="ReceiptCodes"/>).
/// </summary>
public sealed class AnonymousReports(
    FairwatchDb db, RecordProtector protector, IDataProtectionProvider protection, IMemoryCache used, TimeProvider clock, IOptions<ReportOptions> options)
{
    private readonly FormStamps _stamps = new(protection, "Fairwatch.Reports.FormStamp.v1", clock);

    private const string StampSubject = "report";

    private static readonly Lock UsedStamps = new();

    public string IssueStamp() => _stamps.Issue(StampSubject);

    public string RenewStamp(string? stamp) => _stamps.Renew(stamp, StampSubject, options.Value.MinimumAge, options.Value.FormLifetime);

    public async Task<ReportReceipt> SubmitAsync(ReportSubmission report, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(report.Trap))
        {
            // A code like any other, so that a script learns nothing; nothing is stored.
            return new(ReceiptCodes.New());
        }

        var narrative = report.Narrative?.Trim() ?? "";
        var place = report.Place?.Trim() ?? "";
        var contact = report.Contact?.Trim() ?? "";
        var today = Today();
        var problem = narrative.Length == 0 ? ChangeResult.Fail("Tell us what happened.", nameof(ReportSubmission.Narrative))
            : narrative.Length > CaseLimits.Narrative ? ChangeResult.Fail("Your account is too long (20,000 characters at most). You can add more later with your receipt code.", nameof(ReportSubmission.Narrative))
            : place.Length > CaseLimits.Place ? ChangeResult.Fail("The place is too long (300 characters at most).", nameof(ReportSubmission.Place))
            : report.OccurredOn > today ? ChangeResult.Fail("The date cannot be in the future.", nameof(ReportSubmission.OccurredOn))
            : contact.Length > CaseLimits.Contact ? ChangeResult.Fail("The contact details are too long (500 characters at most).", nameof(ReportSubmission.Contact))
            : StampProblems.For(_stamps.Check(report.Stamp, StampSubject, options.Value.MinimumAge, options.Value.FormLifetime));
        if (problem is null && report.FacilityId is { } facilityId && !await db.Set<Facility>().AnyAsync(f => f.Id == facilityId, cancellationToken))
        {
            problem = ChangeResult.Fail("Choose a place from the list, or describe it.", nameof(ReportSubmission.FacilityId));
        }

        if (problem is not null)
        {
            return new(null, problem);
        }

        // Sending the same page twice (a reload, a double tap) must not make two reports; the
        // stamp is good for one report, remembered in memory for as long as it could be used.
        lock (UsedStamps)
        {
            if (used.TryGetValue(UsedKey(report.Stamp!), out _))
            {
                return new(null, AlreadySent: true);
            }

            used.Set(UsedKey(report.Stamp!), true, options.Value.FormLifetime);
        }

        var code = ReceiptCodes.New();
        var key = await protector.NewKeyAsync(cancellationToken);
        var entry = new Case
        {
            Source = CaseSource.WebReport,
            Status = CaseStatus.New,
            Urgency = report.Categories.Contains(AbuseCategory.DeathInCustody) || report.Categories.Contains(AbuseCategory.SexualAbuse) ? CaseUrgency.Urgent : CaseUrgency.Routine,
            FacilityId = report.FacilityId,
            ReceivedOn = today,
            OccurredOn = report.OccurredOn,
            IsAnonymous = contact.Length == 0,
            Language = Cultures.Normalise(report.Culture) == Cultures.Spanish ? "Spanish" : "English",
            DataKeyId = key.Id,
            NarrativeSealed = RecordProtector.Seal(key, narrative, CaseService.Purposes.Narrative),
            ContactSealed = RecordProtector.Seal(key, contact.Length == 0 ? null : contact, CaseService.Purposes.Contact),
            PlaceSealed = RecordProtector.Seal(key, place.Length == 0 ? null : place, CaseService.Purposes.Place),
            ReceiptHash = ReceiptCodes.Hash(code),
            Categories = [.. AbuseCategories.Clean(report.Categories).Select(c => new CaseCategory { Category = c })],
        };
        entry.Changes.Add(new CaseChange { At = Midnight(today), ActorName = "", What = "Web report received" });
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return new(code);
    }

    /// <summary>The status of the report with this receipt code, or null when no report has it.</summary>
    public async Task<ReportStatus?> FindAsync(string? typedCode, CancellationToken cancellationToken = default)
    {
        var entry = await FindCaseAsync(typedCode, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        var added = await db.Set<CaseNote>().Where(n => n.CaseId == entry.Id && n.ByReporter).OrderBy(n => n.At).Select(n => n.At).ToListAsync(cancellationToken);
        return new(entry.Status, entry.ReceivedOn, [.. added.Select(DateOnly.FromDateTime)]);
    }

    /// <summary>Adds information to the report with this receipt code; staff see it as a note from the reporter.</summary>
    public async Task<ChangeResult> AddAsync(string? typedCode, string? text, CancellationToken cancellationToken = default)
    {
        var entry = await FindCaseAsync(typedCode, cancellationToken);
        if (entry is null)
        {
            return ChangeResult.Fail("We found no report with that receipt code. Check the 16 digits and try again.", "Code");
        }

        var addition = text?.Trim() ?? "";
        if (addition.Length == 0)
        {
            return ChangeResult.Fail("Write what you want to add.", "Text");
        }

        if (addition.Length > CaseLimits.Note)
        {
            return ChangeResult.Fail("What you add is too long (10,000 characters at most). You can add more in another message.", "Text");
        }

        var key = await protector.FindKeyAsync(entry.DataKeyId, cancellationToken)
            ?? throw new InvalidOperationException($"Case {entry.Id} has lost its data key.");
        var day = Midnight(Today());
        db.Add(new CaseNote { CaseId = entry.Id, AuthorName = "", ByReporter = true, At = day, TextSealed = RecordProtector.Seal(key, addition, CaseService.Purposes.Note)! });
        db.Add(new CaseChange { CaseId = entry.Id, At = day, ActorName = "", What = "The reporter added information" });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(entry.Id);
    }

    private async Task<Case?> FindCaseAsync(string? typedCode, CancellationToken cancellationToken)
    {
        var code = ReceiptCodes.Normalise(typedCode);
        if (code is null)
        {
            return null;
        }

        var hash = ReceiptCodes.Hash(code);
        return await db.Set<Case>().AsNoTracking().SingleOrDefaultAsync(c => c.ReceiptHash == hash && c.ErasedOn == null, cancellationToken);
    }

    private static string UsedKey(string stamp) => "report-stamp:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(stamp)));

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
