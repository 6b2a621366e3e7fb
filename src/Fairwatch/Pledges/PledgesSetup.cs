using Fairwatch.Web;

namespace Fairwatch.Pledges;

public static class PledgesSetup
{
    public static IServiceCollection AddFairwatchPledges(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PledgeOptions>().Bind(configuration.GetSection(PledgeOptions.Section));
        services.AddSingleton<PledgeWriter>();
        services.AddSingleton<PledgeTaking>();
        services.AddScoped<PledgeService>();
        services.AddPublicFormRateLimit<PledgeOptions>(PledgeRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }
}

/// <summary>The rate-limiter policy of the pledge forms (posts per network address, see <see cref="NetworkAddressKey"/>).</summary>
public static class PledgeRateLimitPolicy
{
    public const string Name = "pledge-forms";
}
