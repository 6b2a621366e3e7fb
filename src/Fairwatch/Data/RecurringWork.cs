namespace Fairwatch.Data;

/// <summary>The loop of a background job that runs a round of work at a fixed interval on every instance.</summary>
public static class RecurringWork
{
    /// <summary>
    /// Runs <paramref name="round"/> every <paramref name="every"/>, the first time after a short wait so
    /// that it never competes with start-up. A failed round is reported and the next one tries again
    /// (the database may be briefly away); shutting down ends the loop quietly.
    /// </summary>
    public static async Task RunAsync(
        TimeSpan every, TimeProvider clock, Func<CancellationToken, Task> round, Action<Exception> failed, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, clock);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), clock, stoppingToken);
            do
            {
                try
                {
                    await round(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed(e);
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
