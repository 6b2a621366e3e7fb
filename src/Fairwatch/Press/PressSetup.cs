using Fairwatch.Search;

namespace Fairwatch.Press;

public static class PressSetup
{
    public static IServiceCollection AddFairwatchPress(this IServiceCollection services)
    {
        services.AddScoped<PressService>();
        services.AddScoped<ISearchSource>(sp => sp.GetRequiredService<PressService>());
        return services;
    }
}
