using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Protection;

public enum AuditAction
{
    Viewed = 0,
    Exported = 1,
    Created = 2,
    Changed = 3,
    Erased = 4,
}

/// <summary>
/// Who saw or changed which sensitive record, and when. Append-only: the database itself refuses
/// to update or delete a row (triggers in the migration), and no page offers to.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The staff user's id, or the name of a job such as "retention".</summary>
    public required string ActorId { get; set; }

    public required string ActorName { get; set; }

    public AuditAction Action { get; set; }

    /// <summary>What kind of record, for example "Case".</summary>
    public required string RecordType { get; set; }

    public required string RecordId { get; set; }

    /// <summary>What changed, in words that hold nothing sealed.</summary>
    public string? Detail { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entity)
    {
        entity.ToTable("AuditEntries");
        entity.Property(e => e.ActorId).HasMaxLength(450);
        entity.Property(e => e.ActorName).HasMaxLength(200);
        entity.Property(e => e.RecordType).HasMaxLength(50);
        entity.Property(e => e.RecordId).HasMaxLength(64);
        entity.Property(e => e.Detail).HasMaxLength(300);
        entity.HasIndex(e => e.At);
        entity.HasIndex(e => new { e.RecordType, e.RecordId });
        entity.HasIndex(e => e.ActorId);
    }
}

public sealed record AuditFilter(string? Actor = null, AuditAction? Action = null, string? RecordType = null, string? RecordId = null, DateOnly? From = null, DateOnly? To = null);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int PageNumber, int PageCount, int Total);

/// <summary>Writes audit entries into the caller's unit of work, so that a change and its entry commit together, and reads them for administrators.</summary>
public sealed class AuditLog(FairwatchDb db, TimeProvider clock)
{
    public const int PageSize = 100;

    public void Record(string actorId, string actorName, AuditAction action, string recordType, string recordId, string? detail) =>
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId,
            ActorName = actorName,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            Detail = detail is { Length: > 300 } ? detail[..299] + "…" : detail,
        });

    public async Task<AuditPage?> ListAsync(AuditFilter filter, int pageNumber, CancellationToken cancellationToken = default)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var actor = filter.Actor.Trim();
            query = query.Where(e => e.ActorName.Contains(actor) || e.ActorId == actor);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (!string.IsNullOrWhiteSpace(filter.RecordType))
        {
            query = query.Where(e => e.RecordType == filter.RecordType);
        }

        if (!string.IsNullOrWhiteSpace(filter.RecordId))
        {
            var id = filter.RecordId.Trim().TrimStart('#');
            query = query.Where(e => e.RecordId == id);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At < end);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }

        var entries = await query.OrderByDescending(e => e.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new AuditPage(entries, pageNumber, pageCount, total);
    }

    /// <summary>The record types in the log, for the filter.</summary>
    public async Task<IReadOnlyList<string>> RecordTypesAsync(CancellationToken cancellationToken = default) =>
        await db.Set<AuditEntry>().Select(e => e.RecordType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
}
