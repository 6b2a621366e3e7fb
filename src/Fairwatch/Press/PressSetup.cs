using Fairwatch.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Press;

public static class PressSetup
{
    public static IServiceCollection AddFairwatchPress(this IServiceCollection services)
    {
        services.AddScoped<PressService>();
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeAreaFolder("Staff", "/Press", StaffPolicies.Campaigns));
        return services;
    }
}
