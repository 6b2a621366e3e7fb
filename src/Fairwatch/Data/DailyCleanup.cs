namespace Fairwatch.Data;

/// <summary>
/// Deletes, once a day, data that is no longer needed (refused comments, delivered contact
/// messages...). Every instance runs it; the deletes are idempotent, so running twice does no harm.
/// </summary>
public abstract class DailyCleanup(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>What is deleted, for the log ("old rejected or spam comments").</summary>
    protected abstract string What { get; }

    /// <summary>Deletes what is old enough; returns how many records went.</summary>
    protected abstract Task<int> CleanAsync(IServiceProvider services, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), clock);
        try
        {
            // The first run waits a little so that it never competes with start-up.
            await Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var deleted = await CleanAsync(scope.ServiceProvider, stoppingToken);
                    if (deleted > 0)
                    {
                        logger.LogInformation("Deleted {Count} {What}.", deleted, What);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be briefly away; the next run tries again.
                    logger.LogWarning(e, "Could not delete {What}.", What);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
