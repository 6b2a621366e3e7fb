using Fairwatch.Comments;

namespace Fairwatch.Blog;

public static class BlogSetup
{
    public static IServiceCollection AddFairwatchBlog(this IServiceCollection services)
    {
        services.AddScoped<BlogService>();
        services.AddScoped<ICommentTargets, BlogCommentTargets>();
        return services;
    }
}
