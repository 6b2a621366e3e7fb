using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Search;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Videos;

public static class VideosSetup
{
    public static IServiceCollection AddFairwatchVideos(this IServiceCollection services)
    {
        services.AddScoped<FilmService>();
        services.AddScoped<ISearchSource>(sp => sp.GetRequiredService<FilmService>());
        services.AddScoped<FilmOfferService>();
        services.AddScoped<ICommentTargets, FilmCommentTargets>();
        return services;
    }
}

/// <summary>Tells the moderation queue which film a comment is on.</summary>
public sealed class FilmCommentTargets(FairwatchDb db) : ICommentTargets
{
    public string Kind => CommentTargets.Film;

    public async Task<IReadOnlyDictionary<int, CommentTarget>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        await db.Set<Film>().AsNoTracking().Where(f => ids.Contains(f.Id))
            .Select(f => new { f.Id, f.Slug, f.Title })
            .ToDictionaryAsync(f => f.Id, f => new CommentTarget(Kind, f.Id, f.Title, $"/films/{f.Slug}"), cancellationToken);
}
