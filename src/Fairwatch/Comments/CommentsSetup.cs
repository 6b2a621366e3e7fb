using Fairwatch.Web;

namespace Fairwatch.Comments;

public static class CommentsSetup
{
    /// <summary>The rate-limiter policy of the comment forms: posts per network address, counted under a keyed hash.</summary>
    public const string RateLimitPolicy = "comment-forms";

    public static IServiceCollection AddFairwatchComments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommentOptions>().Bind(configuration.GetSection(CommentOptions.Section));
        services.AddScoped<CommentService>();
        services.AddHostedService<CommentRetention>();
        services.AddPublicFormRateLimit<CommentOptions>(RateLimitPolicy, o => o.FormPostsPerTenMinutes);
        return services;
    }
}

/// <summary>Once a day, deletes refused comments that are old enough (see <see cref="CommentService.PurgeRefusedAsync"/>).</summary>
public sealed class CommentRetention(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CommentRetention> logger) : BackgroundService
{
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
                    var deleted = await scope.ServiceProvider.GetRequiredService<CommentService>().PurgeRefusedAsync(stoppingToken);
                    if (deleted > 0)
                    {
                        logger.LogInformation("Deleted {Count} old rejected or spam comments.", deleted);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database may be briefly away; the next run tries again.
                    logger.LogWarning(e, "Could not delete old rejected comments.");
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
