using Fairwatch.Actions.Cwc;
using Fairwatch.Campaigns;
using Fairwatch.Web;

namespace Fairwatch.Actions;

public static class ActionsSetup
{
    public static IServiceCollection AddFairwatchActions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ActionOptions>().Bind(configuration.GetSection(ActionOptions.Section));
        services.AddOptions<CwcOptions>().Bind(configuration.GetSection(CwcOptions.Section));
        services.AddSingleton<ActionTargeting>();
        services.AddScoped<ActionStamps>();
        services.AddScoped<ActionService>();
        services.AddScoped<LetterService>();
        services.AddScoped<CallService>();
        services.AddScoped<SocialService>();
        services.AddScoped<DeliveryService>();
        services.AddScoped<ActionStats>();
        services.AddScoped<ICampaignActivity, ActionActivity>();
        // No request logging: the CWC key travels in the address.
        services.AddHttpClient<CwcClient>().RemoveAllLoggers();
        services.AddHostedService<DeliveryWorker>();
        // Adds to the options FairwatchApp's AddRateLimiter configures (status code, other policies).
        services.AddPublicFormRateLimit<ActionOptions>(ActionRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }
}
