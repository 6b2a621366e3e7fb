using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Cases;
using Fairwatch.Data;
using Fairwatch.Detention;
using Fairwatch.Protection;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Visits;

/// <summary>What a volunteer writes after a visit; <see cref="VisitReportService.FileAsync"/> checks it.</summary>
public sealed record VisitReportInput
{
    public int? FacilityId { get; init; }

    public DateOnly? VisitedOn { get; init; }

    public int? PeopleVisited { get; init; }

    public IReadOnlyDictionary<VisitCondition, ConditionAnswer> Conditions { get; init; } = new Dictionary<VisitCondition, ConditionAnswer>();

    public IReadOnlyList<AbuseCategory> Concerns { get; init; } = [];

    public string? Observations { get; init; }

    public string? FollowUp { get; init; }
}

public sealed record VisitReportRow(int Id, DateOnly VisitedOn, string Facility, string Volunteer, int PeopleVisited, int Concerns, int? CaseId);

public sealed record VisitReportView(VisitReport Report, string Facility, string Volunteer, string? Observations, string? FollowUp);

/// <summary>
/// Visit reports: volunteers file them and see their own; coordinators and administrators see all.
/// A request for follow-up opens a case in the same transaction.
/// </summary>
public sealed class VisitReportService(FairwatchDb db, RecordProtector protector, CaseService cases, AuditLog audit, TimeProvider clock)
{
    public const string AuditType = "VisitReport";
    public const int TextLength = 10_000;

    private const string ObservationsPurpose = "VisitReport.Observations";
    private const string FollowUpPurpose = "VisitReport.FollowUp";

    public async Task<ChangeResult> FileAsync(VisitReportInput input, string volunteerId, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var observations = input.Observations?.Trim() ?? "";
        var followUp = input.FollowUp?.Trim() ?? "";
        var problem = input switch
        {
            { FacilityId: null } => ChangeResult.Fail("Choose the facility you visited.", nameof(VisitReportInput.FacilityId)),
            { VisitedOn: null } => ChangeResult.Fail("Enter the day of the visit.", nameof(VisitReportInput.VisitedOn)),
            { VisitedOn: { } day } when day > today => ChangeResult.Fail("The visit cannot be in the future.", nameof(VisitReportInput.VisitedOn)),
            { PeopleVisited: null or < 0 or > 500 } => ChangeResult.Fail("Enter how many people you visited (0 to 500).", nameof(VisitReportInput.PeopleVisited)),
            _ when observations.Length > TextLength => ChangeResult.Fail("Your observations are too long (10,000 characters at most).", nameof(VisitReportInput.Observations)),
            _ when followUp.Length > TextLength => ChangeResult.Fail("The request for follow-up is too long (10,000 characters at most).", nameof(VisitReportInput.FollowUp)),
            _ => null,
        };
        if (problem is null && !await db.Set<Facility>().AnyAsync(f => f.Id == input.FacilityId, cancellationToken))
        {
            problem = ChangeResult.Fail("Choose the facility you visited.", nameof(VisitReportInput.FacilityId));
        }

        if (problem is not null)
        {
            return problem;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var key = await protector.NewKeyAsync(cancellationToken);
        var concerns = AbuseCategories.Clean(input.Concerns);
        var report = new VisitReport
        {
            VolunteerId = volunteerId,
            FacilityId = input.FacilityId!.Value,
            VisitedOn = input.VisitedOn!.Value,
            PeopleVisited = input.PeopleVisited!.Value,
            FiledAt = clock.GetUtcNow().UtcDateTime,
            DataKeyId = key.Id,
            ObservationsSealed = RecordProtector.Seal(key, observations.Length == 0 ? null : observations, ObservationsPurpose),
            FollowUpSealed = RecordProtector.Seal(key, followUp.Length == 0 ? null : followUp, FollowUpPurpose),
            Conditions = [.. input.Conditions.Where(c => Enum.IsDefined(c.Key) && Enum.IsDefined(c.Value) && c.Value != ConditionAnswer.NotObserved)
                .Select(c => new VisitReportCondition { Condition = c.Key, Answer = c.Value })],
            Concerns = [.. concerns.Select(c => new VisitReportConcern { Category = c })],
        };
        if (followUp.Length > 0)
        {
            var opened = await cases.OpenFromVisitAsync(report.FacilityId, report.VisitedOn, concerns, followUp, volunteerId, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            report.CaseId = opened.Id;
        }

        db.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(volunteerId, await NameAsync(volunteerId, cancellationToken), AuditAction.Created, AuditType, Id(report.Id), report.CaseId is { } caseId ? $"Follow-up opened case #{caseId}" : null);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ChangeResult.Ok(report.Id);
    }

    /// <summary>A volunteer's own reports, or every report for those who coordinate.</summary>
    public async Task<IReadOnlyList<VisitReportRow>> ListAsync(string userId, bool all, CancellationToken cancellationToken = default) =>
        await db.Set<VisitReport>().AsNoTracking()
            .Where(r => all || r.VolunteerId == userId)
            .OrderByDescending(r => r.VisitedOn).ThenByDescending(r => r.Id)
            .Select(r => new VisitReportRow(
                r.Id, r.VisitedOn,
                db.Set<Facility>().Where(f => f.Id == r.FacilityId).Select(f => f.Name).First(),
                db.Users.Where(u => u.Id == r.VolunteerId).Select(u => u.DisplayName).First(),
                r.PeopleVisited, r.Concerns.Count, r.CaseId))
            .ToListAsync(cancellationToken);

    /// <summary>One report, for its volunteer or for those who coordinate; null for anyone else. The opening is audited.</summary>
    public async Task<VisitReportView?> OpenAsync(int id, string userId, bool all, CancellationToken cancellationToken = default)
    {
        var report = await db.Set<VisitReport>().AsNoTracking().Include(r => r.Conditions).Include(r => r.Concerns)
            .SingleOrDefaultAsync(r => r.Id == id && (all || r.VolunteerId == userId), cancellationToken);
        if (report is null)
        {
            return null;
        }

        audit.Record(userId, await NameAsync(userId, cancellationToken), AuditAction.Viewed, AuditType, Id(id), null);
        await db.SaveChangesAsync(cancellationToken);
        var key = await protector.FindKeyAsync(report.DataKeyId, cancellationToken);
        return new VisitReportView(
            report,
            await db.Set<Facility>().Where(f => f.Id == report.FacilityId).Select(f => f.Name).SingleAsync(cancellationToken),
            await NameAsync(report.VolunteerId, cancellationToken),
            RecordProtector.Open(key, report.ObservationsSealed, ObservationsPurpose),
            RecordProtector.Open(key, report.FollowUpSealed, FollowUpPurpose));
    }

    private async Task<string> NameAsync(string userId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? userId;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
