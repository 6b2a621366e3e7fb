using Fairwatch.Actions.Cwc;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Actions;

/// <summary>
/// Moves deliveries along without staff: e-mail deliveries follow their outbox message, and, when
/// a CWC endpoint and key are configured, House documents are submitted and the answer recorded.
/// Several instances may run it: each document is claimed with a lease by a conditional UPDATE.
/// </summary>
public sealed partial class DeliveryWorker(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<ActionOptions> options,
    IOptions<CwcOptions> cwc,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database or the CWC service may be briefly away; the next round tries again.
                LogRoundFailed(logger, e);
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(options.Value.DeliveryPollSeconds), clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeliveryService>().FollowOutboxAsync(stoppingToken);
        if (cwc.Value.SubmitsToEndpoint)
        {
            await SubmitDueAsync(stoppingToken);
        }
    }

    /// <summary>Submits the House documents that are due, one batch at a time; returns how many it handled.</summary>
    public async Task<int> SubmitDueAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<Delivery>()
            .Where(d => d.Channel == DeliveryChannel.Cwc && d.Status == DeliveryStatus.Queued && d.BatchId == null
                && d.NextAttemptAt <= now && (d.LockedUntil == null || d.LockedUntil < now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(cwc.Value.BatchSize)
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
                // Once claimed, finish this document even if shutdown begins, so its answer is recorded.
                await SubmitClaimedAsync(scope.ServiceProvider, id);
                handled++;
            }
        }

        return handled;
    }

    private async Task<bool> TryClaimAsync(FairwatchDb db, int id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now.AddSeconds(cwc.Value.LeaseSeconds);
        var claimed = await db.Set<Delivery>()
            .Where(d => d.Id == id && d.Status == DeliveryStatus.Queued && d.BatchId == null && (d.LockedUntil == null || d.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LockedUntil, leaseEnd));
        return claimed == 1;
    }

    private async Task SubmitClaimedAsync(IServiceProvider services, int id)
    {
        var db = services.GetRequiredService<FairwatchDb>();
        var deliveries = services.GetRequiredService<DeliveryService>();
        var delivery = await db.Set<Delivery>().SingleAsync(d => d.Id == id);
        var answer = await services.GetRequiredService<CwcClient>().SubmitAsync(delivery.CwcDocument!, CancellationToken.None);
        var settings = cwc.Value;
        delivery.Attempts++;
        delivery.Answer = answer.Text.Length <= 2_000 ? answer.Text : answer.Text[..2_000];
        if (answer.Outcome == CwcOutcome.Accepted)
        {
            deliveries.Change(delivery, DeliveryStatus.Sent, DeliveryActors.Cwc, answer.Text);
        }
        else if (answer.Outcome == CwcOutcome.Refused || delivery.Attempts >= settings.MaxAttempts)
        {
            deliveries.Change(delivery, DeliveryStatus.Failed, DeliveryActors.Cwc, answer.Text);
            LogFailed(logger, delivery.OfficeCode, delivery.Id, delivery.Attempts, answer.Text);
        }
        else
        {
            // Exponential back-off: base, 2×base, 4×base… capped at the maximum.
            var delay = Math.Min(settings.RetryBaseSeconds * Math.Pow(2, Math.Min(delivery.Attempts - 1, 30)), settings.RetryMaxSeconds);
            delivery.NextAttemptAt = clock.GetUtcNow().UtcDateTime.AddSeconds(delay);
            delivery.LockedUntil = null;
            LogRetry(logger, delivery.OfficeCode, delivery.Id, delivery.Attempts, answer.Text);
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery round failed; will try again")]
    private static partial void LogRoundFailed(ILogger logger, Exception e);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CWC refused the message to {Office} (delivery {Id}) after {Attempts} attempt(s): {Answer}")]
    private static partial void LogFailed(ILogger logger, string? office, int id, int attempts, string answer);

    [LoggerMessage(Level = LogLevel.Information, Message = "CWC did not take the message to {Office} (delivery {Id}, attempt {Attempts}); will try again: {Answer}")]
    private static partial void LogRetry(ILogger logger, string? office, int id, int attempts, string answer);
}
