using Fairwatch.Comments;
using Fairwatch.Search;

namespace Fairwatch.Blog;

public static class BlogSetup
{
    public static IServiceCollection AddFairwatchBlog(this IServiceCollection services)
    {
        services.AddScoped<BlogService>();
        services.AddScoped<ISearchSource>(sp => sp.GetRequiredService<BlogService>());
        services.AddScoped<ICommentTargets, BlogCommentTargets>();
        return services;
    }
}
