using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Events;

/// <summary>
/// Sends the reminder a day before an event to everyone with a confirmed place. Several instances
/// may run it at once and none sends twice: each reply is claimed by a conditional UPDATE of its
/// RemindedAt in the same transaction that writes the reminder to the outbox, so either both are
/// committed or neither is, and a second instance finds the reply already claimed.
/// </summary>
public sealed partial class EventReminders(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<EventOptions> options, ILogger<EventReminders> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.ReminderCheckMinutes);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        await RecurringWork.RunAsync(interval, clock, async cancellationToken =>
        {
            var sent = await SendDueAsync(cancellationToken);
            if (sent > 0)
            {
                LogSent(logger, sent);
            }
        }, e => LogRoundFailed(logger, e), stoppingToken);
    }

    /// <summary>
    /// Writes every reminder that is due to the outbox; returns how many. A reminder is due once
    /// the event is less than <see cref="EventOptions.ReminderHoursBefore"/> hours away, for places
    /// confirmed before that: someone who only just got their confirmation needs no reminder.
    /// </summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lead = TimeSpan.FromHours(options.Value.ReminderHoursBefore);
        var until = now + lead;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var candidates = await db.Set<Rsvp>().AsNoTracking()
            .Where(r => r.Status == RsvpStatus.Confirmed && r.RemindedAt == null)
            .Join(
                db.Set<Event>().Where(e => e.IsPublished && e.StartsAt > now && e.StartsAt <= until),
                r => r.EventId,
                e => e.Id,
                (r, e) => new { r.Id, r.ConfirmedAt, e.StartsAt })
            .OrderBy(x => x.Id)
            .ToListAsync(cancellationToken);
        var due = candidates.Where(c => c.ConfirmedAt < c.StartsAt - lead).Select(c => c.Id).ToList();

        var sent = 0;
        foreach (var batch in due.Chunk(BatchSize))
        {
            sent += await SendBatchAsync(scope.ServiceProvider, batch, now, cancellationToken);
        }

        return sent;
    }

    private static async Task<int> SendBatchAsync(IServiceProvider services, int[] replyIds, DateTime now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<FairwatchDb>();
        var emails = services.GetRequiredService<EventEmails>();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sent = 0;
        var events = new Dictionary<int, Event>();
        // In id order, so that two instances claiming the same replies take their locks in the same order.
        foreach (var id in replyIds)
        {
            var claimed = await db.Set<Rsvp>()
                .Where(r => r.Id == id && r.Status == RsvpStatus.Confirmed && r.RemindedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.RemindedAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var reply = await db.Set<Rsvp>().AsNoTracking().SingleAsync(r => r.Id == id, cancellationToken);
            if (!events.TryGetValue(reply.EventId, out var ev))
            {
                ev = await db.Set<Event>().AsNoTracking().SingleAsync(e => e.Id == reply.EventId, cancellationToken);
                events[ev.Id] = ev;
            }

            emails.EnqueueReminder(reply, ev);
            sent++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Count} event reminders to the outbox.")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event reminder round failed; will try again")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);
}
