using Fairwatch.Blog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Blog;

/// <summary>
/// The post page is the same for every visitor, so it is cached. Its comment form lives on a page
/// of its own (<see cref="CommentModel"/>), which is not cached: the form carries an antiforgery
/// token (a cookie, which the output cache refuses to store) and a time stamp that must be fresh
/// for the time-to-submit check to mean anything.
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class PostModel(BlogService blog) : PageModel
{
    public BlogPostPage View { get; private set; } = null!;

    /// <param name="commentPage">The page of comments asked for with <c>?comments=N</c>.</param>
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "comments")] int commentPage = 1, CancellationToken cancellationToken = default)
    {
        var page = await blog.FindPageAsync(slug, commentPage, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        View = page;
        return Page();
    }
}
