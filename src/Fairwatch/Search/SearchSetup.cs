namespace Fairwatch.Search;

public static class SearchSetup
{
    /// <summary>The site search; each searchable feature registers its own <see cref="ISearchSource"/>.</summary>
    public static IServiceCollection AddFairwatchSearch(this IServiceCollection services)
    {
        services.AddScoped<SiteSearch>();
        return services;
    }
}
