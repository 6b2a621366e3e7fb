using Fairwatch.Search;

namespace Fairwatch.Campaigns;

public static class CampaignsSetup
{
    public static IServiceCollection AddFairwatchCampaigns(this IServiceCollection services)
    {
        services.AddScoped<CampaignService>();
        services.AddScoped<ISearchSource>(sp => sp.GetRequiredService<CampaignService>());
        return services;
    }
}
