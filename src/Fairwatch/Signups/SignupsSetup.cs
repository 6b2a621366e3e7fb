using Fairwatch.Web;

namespace Fairwatch.Signups;

public static class SignupsSetup
{
    public static IServiceCollection AddFairwatchSignups(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SignupOptions>().Bind(configuration.GetSection(SignupOptions.Section));
        services.AddSingleton<SignupLinks>();
        services.AddSingleton<SignupWriter>();
        services.AddScoped<SignupService>();
        services.AddPublicFormRateLimit<SignupOptions>(SignupRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }
}

/// <summary>The rate-limiter policy of the sign-up forms (posts per network address, see <see cref="NetworkAddressKey"/>).</summary>
public static class SignupRateLimitPolicy
{
    public const string Name = "signup-forms";
}
