using Fairwatch.Blog;
using Fairwatch.Comments;
using Fairwatch.Pages.Comments;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pages.Blog;

/// <summary>The comment form of a post, on a page of its own that is never cached (see <see cref="PostModel"/>).</summary>
[EnableRateLimiting(CommentsSetup.RateLimitPolicy)]
public sealed class CommentModel(
    BlogService blog, CommentService comments, IOptions<CommentOptions> options, IStringLocalizer<SharedResource> localizer)
    : CommentPageModel(comments, options, localizer)
{
    protected override async Task<CommentTarget?> FindTargetAsync(string slug, CancellationToken cancellationToken) =>
        await blog.FindVisibleAsync(slug, cancellationToken) is { } post
            ? new CommentTarget(CommentTargets.Post, post.Id, post.Title, $"/blog/{post.Slug}")
            : null;
}
