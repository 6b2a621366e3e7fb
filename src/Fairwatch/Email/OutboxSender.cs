using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Email;

/// <summary>
/// Delivers pending outbox messages. Several app instances may run it at once: each message is
/// claimed with a lease by a conditional UPDATE, so only one instance sends it.
/// </summary>
public sealed partial class OutboxSender(
    IServiceScopeFactory scopes,
    EmailTransport transport,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private OutboxSettings Settings => options.Value.Outbox;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Settings.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database may be briefly away; the messages stay pending and the next round tries again.
                LogRoundFailed(logger, ex);
                sent = 0;
            }

            if (sent < Settings.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(TimeSpan.FromSeconds(Settings.PollSeconds), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Sends every message that is due now, one batch at a time; returns how many it handled.</summary>
    public async Task<int> SendDueAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(Settings.BatchSize)
            .ToListAsync(stoppingToken);

        var handled = 0;
        foreach (var id in due)
        {
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            if (await TryClaimAsync(db, id))
            {
                // Once claimed, finish this message even if shutdown begins, so that a graceful
                // restart never leaves a delivered message marked as pending.
                await DeliverClaimedAsync(db, id);
                handled++;
            }
        }

        return handled;
    }

    private async Task<bool> TryClaimAsync(FairwatchDb db, long id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now.AddSeconds(Settings.LeaseSeconds);
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseEnd));
        return claimed == 1;
    }

    private async Task DeliverClaimedAsync(FairwatchDb db, long id)
    {
        var message = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleAsync(m => m.Id == id);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.Smtp.TimeoutSeconds + 5));
            await transport.SendAsync(message, timeout.Token);
        }
        catch (Exception ex)
        {
            var attempts = message.Attempts + 1;
            var giveUp = attempts >= Settings.MaxAttempts;
            var next = clock.GetUtcNow().UtcDateTime + RetryDelay(attempts, Settings);
            var error = Truncate($"{ex.GetType().Name}: {ex.Message}", 2000);
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LockedUntil, (DateTime?)null));
            LogSendFailed(logger, id, attempts, giveUp, ex);
            return;
        }

        var sentAt = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, message.Attempts + 1)
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentAt, sentAt)
            .SetProperty(m => m.LastError, (string?)null)
            .SetProperty(m => m.LockedUntil, (DateTime?)null));
    }

    /// <summary>Exponential back-off: base, 2×base, 4×base… capped at the maximum.</summary>
    public static TimeSpan RetryDelay(int attempts, OutboxSettings settings)
    {
        var exponent = Math.Min(Math.Max(attempts - 1, 0), 30);
        var seconds = Math.Min(settings.RetryBaseSeconds * Math.Pow(2, exponent), settings.RetryMaxSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox round failed; will try again")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} failed on attempt {Attempts} (gave up: {GaveUp})")]
    private static partial void LogSendFailed(ILogger logger, long id, int attempts, bool gaveUp, Exception ex);
}
