using Fairwatch.Data;
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
public sealed class CommentRetention(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CommentRetention> logger)
    : DailyCleanup(scopes, clock, logger)
{
    protected override string What => "old rejected or spam comments";

    protected override Task<int> CleanAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<CommentService>().PurgeRefusedAsync(cancellationToken);
}
