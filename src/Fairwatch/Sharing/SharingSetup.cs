using Fairwatch.Web;

namespace Fairwatch.Sharing;

public static class SharingSetup
{
    public static IServiceCollection AddFairwatchSharing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<ShareLinks>();
        services.AddScoped<ReferralReport>();
        services.AddProofOfWork(configuration);
        return services;
    }
}
