using Fairwatch.Accounts;
using Fairwatch.Actions.Cwc;
using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
        // Adds to the options FairwatchApp's AddRateLimiter and AddRazorPages configure. Razor Pages' own setup
        // replaces the convention collection, so the staff folder's policy is added after it, not before.
        services.AddPublicFormRateLimit<ActionOptions>(ActionRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Actions", StaffPolicies.Campaigns));
        return services;
    }
}
