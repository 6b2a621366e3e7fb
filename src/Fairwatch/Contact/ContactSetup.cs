using Fairwatch.Data;
using Fairwatch.Web;

namespace Fairwatch.Contact;

public static class ContactSetup
{
    /// <summary>The rate-limiter policy of the contact form: posts per network address, counted under a keyed hash.</summary>
    public const string RateLimitPolicy = "contact-form";

    public static IServiceCollection AddFairwatchContact(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContactOptions>().Bind(configuration.GetSection(ContactOptions.Section));
        services.AddScoped<ContactService>();
        services.AddHostedService<ContactRetention>();
        services.AddPublicFormRateLimit<ContactOptions>(RateLimitPolicy, o => o.FormPostsPerTenMinutes);
        return services;
    }
}

/// <summary>Once a day, deletes contact messages that reached the organisation long enough ago (see <see cref="ContactService.PurgeDeliveredAsync"/>).</summary>
public sealed class ContactRetention(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ContactRetention> logger)
    : DailyCleanup(scopes, clock, logger)
{
    protected override string What => "delivered contact messages";

    protected override Task<int> CleanAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<ContactService>().PurgeDeliveredAsync(cancellationToken);
}
