using Microsoft.AspNetCore.RateLimiting;

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
        services.Configure<RateLimiterOptions>(o => o.AddPolicy<string, PetitionRateLimitPolicy>(PetitionRateLimitPolicy.Name));
        return services;
    }
}
