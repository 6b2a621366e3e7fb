using System.Globalization;
using Fairwatch.Data;
using Fairwatch.Protection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Cases;

/// <summary>How long after a case is closed its personal data is kept, per kind of case.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    public int HotlineCallDays { get; set; } = 730;

    public int WebReportDays { get; set; } = 365;

    public int VisitReportDays { get; set; } = 730;

    /// <summary>How often the job looks for expired cases.</summary>
    public TimeSpan RunEvery { get; set; } = TimeSpan.FromDays(1);

    public int DaysFor(CaseSource source) => source switch
    {
        CaseSource.HotlineCall => HotlineCallDays,
        CaseSource.WebReport => WebReportDays,
        _ => VisitReportDays,
    };
}

/// <summary>
/// Erases the personal data of cases closed longer ago than their kind's retention period. The
/// case's data key is deleted, so anything sealed with it (in backups too) can no longer be opened;
/// notes, tasks and history go. What stays is what de-identified counts are made of: the kind,
/// facility, categories, urgency, caller type and the days it was received, happened and closed.
/// </summary>
public sealed class CaseRetention(FairwatchDb db, AuditLog audit, TimeProvider clock, IOptions<RetentionOptions> options)
{
    public const string SystemActor = "retention";

    public async Task<int> EraseExpiredAsync(CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var erased = 0;
        foreach (var source in Enum.GetValues<CaseSource>())
        {
            var closedBefore = today.AddDays(-options.Value.DaysFor(source));
            var expired = await db.Set<Case>()
                .Where(c => c.Source == source && c.Status == CaseStatus.Closed && c.ClosedOn != null && c.ClosedOn <= closedBefore && c.ErasedOn == null)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
            foreach (var id in expired)
            {
                await EraseAsync(id, today, cancellationToken);
                erased++;
            }
        }

        return erased;
    }

    private async Task EraseAsync(int id, DateOnly today, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.Set<Case>().SingleAsync(c => c.Id == id, cancellationToken);
        var key = entry.DataKeyId;
        entry.NarrativeSealed = entry.NameSealed = entry.ContactSealed = entry.ANumberSealed = entry.PlaceSealed = null;
        entry.ReceiptHash = null;
        entry.DataKeyId = null;
        entry.ErasedOn = today;
        await db.Set<CaseNote>().Where(n => n.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CaseTask>().Where(t => t.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        await db.Set<CaseChange>().Where(c => c.CaseId == id).ExecuteDeleteAsync(cancellationToken);
        db.Add(new CaseChange { CaseId = id, At = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), ActorName = "", What = "Personal data erased under the retention rules" });
        audit.Record(SystemActor, "Retention job", AuditAction.Erased, CaseService.AuditType, id.ToString(CultureInfo.InvariantCulture), "Personal data erased under the retention rules");
        await db.SaveChangesAsync(cancellationToken);
        if (key is { } keyId)
        {
            await db.Set<DataKey>().Where(k => k.Id == keyId).ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>Runs <see cref="CaseRetention"/> once a day (and once at start-up).</summary>
public sealed partial class RetentionJob(IServiceScopeFactory scopes, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RunEvery);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var erased = await scope.ServiceProvider.GetRequiredService<CaseRetention>().EraseExpiredAsync(stoppingToken);
                if (erased > 0)
                {
                    LogErased(logger, erased);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The next run tries again; the database may be starting or migrating.
                LogFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the personal data of {Count} expired cases.")]
    private static partial void LogErased(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The retention job failed; it runs again at its next time.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
