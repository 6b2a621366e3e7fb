using System.IO.Compression;
using System.Text;
using Fairwatch.Actions.Cwc;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Actions;

/// <summary>A delivery with the letter it carries, for staff who deliver it by hand or look into it.</summary>
public sealed record DeliveryItem(Delivery Delivery, Letter Letter, string ActionTitle);

public sealed record BatchSummary(DeliveryBatch Batch, int Queued);

/// <summary>
/// Delivery records: their status and history, the staff queue of messages to deliver by hand,
/// the House batches for a vendor, and e-mail deliveries that follow the outbox.
/// </summary>
public sealed class DeliveryService(FairwatchDb db, TimeProvider clock, IOptions<CwcOptions> cwc)
{
    public const int PageSize = 50;

    public bool SubmitsToCwc => cwc.Value.SubmitsToEndpoint;

    /// <summary>Brings e-mail deliveries up to date with their outbox message: sent when it was sent, failed when the outbox gave up.</summary>
    public async Task<int> FollowOutboxAsync(CancellationToken cancellationToken = default)
    {
        var changed = await db.Set<Delivery>()
            .Where(d => d.Channel == DeliveryChannel.Email && d.Status == DeliveryStatus.Queued
                && d.OutboxMessage != null && d.OutboxMessage.Status != OutboxStatus.Pending)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.OutboxMessage!.Status, d.OutboxMessage.SentAt, d.OutboxMessage.LastError })
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var item in changed)
        {
            var delivery = await db.Set<Delivery>().SingleAsync(d => d.Id == item.Id, cancellationToken);
            if (item.Status == OutboxStatus.Sent)
            {
                Change(delivery, DeliveryStatus.Sent, DeliveryActors.Outbox, "Accepted by the mail server.", item.SentAt);
            }
            else
            {
                Change(delivery, DeliveryStatus.Failed, DeliveryActors.Outbox, item.LastError ?? "The outbox gave up.");
                delivery.Answer = item.LastError;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return changed.Count;
    }

    public async Task<IReadOnlyDictionary<DeliveryStatus, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Set<Delivery>().GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<DeliveryStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>Messages waiting for staff to deliver them by hand, oldest first.</summary>
    public async Task<(IReadOnlyList<DeliveryItem> Items, bool HasMore)> ManualQueueAsync(int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        var rows = await ItemsAsync(
            db.Set<Delivery>().Where(d => d.Status == DeliveryStatus.NeedsManualDelivery)
                .OrderBy(d => d.CreatedAt).ThenBy(d => d.Id)
                .Skip((page - 1) * PageSize).Take(PageSize + 1),
            cancellationToken);
        return (rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }

    /// <summary>Messages that could not be delivered, newest first.</summary>
    public async Task<IReadOnlyList<DeliveryItem>> FailedAsync(CancellationToken cancellationToken = default) =>
        await ItemsAsync(
            db.Set<Delivery>().Where(d => d.Status == DeliveryStatus.Failed).OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Take(PageSize),
            cancellationToken);

    public async Task<DeliveryItem?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        (await ItemsAsync(db.Set<Delivery>().Include(d => d.History.OrderBy(e => e.At).ThenBy(e => e.Id)).Where(d => d.Id == id), cancellationToken))
            .SingleOrDefault();

    /// <summary>Staff delivered a message by hand, or found that it cannot be delivered.</summary>
    public async Task<ChangeResult> MarkAsync(int id, DeliveryStatus status, string staffName, string? note)
    {
        var delivery = await db.Set<Delivery>().SingleOrDefaultAsync(d => d.Id == id);
        if (delivery is null)
        {
            return ChangeResult.Fail("This message does not exist.");
        }

        var allowed = (delivery.Status, status) switch
        {
            (DeliveryStatus.NeedsManualDelivery, DeliveryStatus.Sent or DeliveryStatus.Failed) => true,
            // A message the system could not deliver can still be delivered by hand.
            (DeliveryStatus.Failed, DeliveryStatus.NeedsManualDelivery) => true,
            _ => false,
        };
        if (!allowed)
        {
            return ChangeResult.Fail("This message has changed since you opened the page. Look at it again.");
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > 2_000)
        {
            return ChangeResult.Fail("The note is too long (2,000 characters at most).");
        }

        Change(delivery, status, staffName, note);
        if (status == DeliveryStatus.NeedsManualDelivery)
        {
            delivery.Channel = DeliveryChannel.ContactForm;
        }

        await db.SaveChangesAsync();
        return ChangeResult.Ok(delivery.Id);
    }

    /// <summary>House documents waiting for the next batch: only when no CWC endpoint submits them.</summary>
    public Task<int> WaitingForBatchAsync(CancellationToken cancellationToken = default) =>
        WaitingForBatch().CountAsync(cancellationToken);

    /// <summary>Puts every House document waiting into a new batch, for staff to download and hand to a vendor.</summary>
    public async Task<ChangeResult> CreateBatchAsync(string staffName)
    {
        if (SubmitsToCwc)
        {
            return ChangeResult.Fail("Fairwatch submits House messages to the CWC service itself, so there are no batches to make.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var waiting = await WaitingForBatch().OrderBy(d => d.Id).ToListAsync();
        if (waiting.Count == 0)
        {
            return ChangeResult.Fail("No House messages are waiting for a batch.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new DeliveryBatch { CreatedAt = now, CreatedBy = staffName, Count = waiting.Count };
        db.Add(batch);
        await db.SaveChangesAsync();
        foreach (var delivery in waiting)
        {
            delivery.BatchId = batch.Id;
            delivery.UpdatedAt = now;
            delivery.History.Add(new DeliveryEvent { At = now, Status = delivery.Status, Actor = staffName, Note = $"Exported in House batch {batch.Id}." });
        }

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return ChangeResult.Ok(batch.Id);
    }

    public async Task<IReadOnlyList<BatchSummary>> ListBatchesAsync(CancellationToken cancellationToken = default)
    {
        var batches = await db.Set<DeliveryBatch>().AsNoTracking().OrderByDescending(b => b.Id).Take(100).ToListAsync(cancellationToken);
        var ids = batches.Select(b => b.Id).ToList();
        var queued = await db.Set<Delivery>().Where(d => d.BatchId != null && ids.Contains(d.BatchId.Value) && d.Status == DeliveryStatus.Queued)
            .GroupBy(d => d.BatchId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return [.. batches.Select(b => new BatchSummary(b, queued.FirstOrDefault(q => q.Key == b.Id)?.Count ?? 0))];
    }

    /// <summary>A zip of the batch's documents, one <c>{office}-{delivery id}.xml</c> each, with the schema they were checked against.</summary>
    public async Task<byte[]?> BatchArchiveAsync(int batchId, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<DeliveryBatch>().AnyAsync(b => b.Id == batchId, cancellationToken))
        {
            return null;
        }

        var documents = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.BatchId == batchId && d.CwcDocument != null)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Key, d.OfficeCode, d.CwcDocument })
            .ToListAsync(cancellationToken);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var document in documents)
            {
                await AddAsync(zip, $"{document.OfficeCode}-{document.Key:N}.xml", document.CwcDocument!, cancellationToken);
            }

            await AddAsync(zip, "cwc-2.0.xsd", CwcSchema.Text, cancellationToken);
        }

        return buffer.ToArray();
    }

    /// <summary>The vendor submitted the batch: its messages still queued are sent.</summary>
    public async Task<ChangeResult> MarkBatchSentAsync(int batchId, string staffName)
    {
        var batch = await db.Set<DeliveryBatch>().SingleOrDefaultAsync(b => b.Id == batchId);
        if (batch is null)
        {
            return ChangeResult.Fail("This batch does not exist.");
        }

        if (batch.SentAt is not null)
        {
            return ChangeResult.Fail("This batch is already marked as sent.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        batch.SentAt = now;
        batch.SentBy = staffName;
        var deliveries = await db.Set<Delivery>().Where(d => d.BatchId == batchId && d.Status == DeliveryStatus.Queued).ToListAsync();
        foreach (var delivery in deliveries)
        {
            Change(delivery, DeliveryStatus.Sent, staffName, $"House batch {batchId} handed to the vendor.", now);
        }

        await db.SaveChangesAsync();
        return ChangeResult.Ok(batchId);
    }

    /// <summary>Records a new status with its history entry.</summary>
    internal void Change(Delivery delivery, DeliveryStatus status, string actor, string? note, DateTime? sentAt = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        delivery.Status = status;
        delivery.UpdatedAt = now;
        delivery.LockedUntil = null;
        if (status == DeliveryStatus.Sent)
        {
            delivery.SentAt = sentAt ?? now;
        }

        delivery.History.Add(new DeliveryEvent { DeliveryId = delivery.Id, At = now, Status = status, Actor = actor, Note = note is { Length: > 2_000 } ? note[..2_000] : note });
    }

    private IQueryable<Delivery> WaitingForBatch() => db.Set<Delivery>()
        .Where(d => d.Channel == DeliveryChannel.Cwc && d.Status == DeliveryStatus.Queued && d.BatchId == null);

    /// <summary>The deliveries, in the query's order, each with its letter and its action's title.</summary>
    private async Task<List<DeliveryItem>> ItemsAsync(IQueryable<Delivery> deliveries, CancellationToken cancellationToken)
    {
        var rows = await deliveries.AsNoTracking().ToListAsync(cancellationToken);
        var letterIds = rows.Select(d => d.LetterId).Distinct().ToList();
        var letters = await db.Set<Letter>().AsNoTracking().Where(l => letterIds.Contains(l.Id)).ToDictionaryAsync(l => l.Id, cancellationToken);
        var actionIds = rows.Select(d => d.ActionId).Distinct().ToList();
        var titles = await db.Set<CampaignAction>().AsNoTracking().Where(a => actionIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Title.En }).ToDictionaryAsync(a => a.Id, a => a.En, cancellationToken);
        return [.. rows.Select(d => new DeliveryItem(d, letters[d.LetterId], titles.GetValueOrDefault(d.ActionId, "")))];
    }

    private static async Task AddAsync(ZipArchive zip, string name, string text, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
        await stream.WriteAsync(bytes, cancellationToken);
    }
}
