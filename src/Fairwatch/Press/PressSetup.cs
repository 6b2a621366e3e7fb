using Fairwatch.Accounts;
using Fairwatch.Search;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Press;

public static class PressSetup
{
    public static IServiceCollection AddFairwatchPress(this IServiceCollection services)
    {
        services.AddScoped<PressService>();
        services.AddScoped<ISearchSource>(sp => sp.GetRequiredService<PressService>());
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Press", StaffPolicies.Campaigns));
        return services;
    }
}
