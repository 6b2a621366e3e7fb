using Fairwatch.Comments;
using Fairwatch.Pages.Comments;
using Fairwatch.Videos;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pages.Films;

/// <summary>The comment form of a film, on a page of its own that is never cached, like a post's (see <see cref="CommentPageModel"/>).</summary>
[EnableRateLimiting(CommentsSetup.RateLimitPolicy)]
public sealed class CommentModel(
    FilmService films, CommentService comments, IOptions<CommentOptions> options, IStringLocalizer<SharedResource> localizer)
    : CommentPageModel(comments, options, localizer)
{
    protected override async Task<CommentTarget?> FindTargetAsync(string slug, CancellationToken cancellationToken) =>
        await films.FindVisibleAsync(slug, cancellationToken) is { } film
            ? new CommentTarget(CommentTargets.Film, film.Id, film.Title, $"/films/{film.Slug}")
            : null;
}
