using Fairwatch.Web;

namespace Fairwatch.Petitions;

public static class PetitionsSetup
{
    public static IServiceCollection AddFairwatchPetitions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddOptions<PetitionOptions>().Bind(configuration.GetSection(PetitionOptions.Section));
        services.AddSingleton<SignatureWriter>();
        services.AddSingleton<SignatureLinks>();
        services.AddSingleton<PetitionSigning>();
        services.AddScoped<PetitionService>();
        services.AddSingleton<PetitionMailer>();
        services.AddHostedService(sp => sp.GetRequiredService<PetitionMailer>());
        // Adds to the options FairwatchApp's AddRateLimiter configures (status code, other policies).
        services.AddPublicFormRateLimit<PetitionOptions>(PetitionRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }
}

/// <summary>The rate-limiter policy of the signature forms (posts per network address, see <see cref="Web.NetworkAddressKey"/>).</summary>
public static class PetitionRateLimitPolicy
{
    public const string Name = "petition-forms";
}
