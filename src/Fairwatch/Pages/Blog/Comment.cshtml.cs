using Fairwatch.Blog;
using Fairwatch.Comments;
using Fairwatch.Pages.Comments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pages.Blog;

/// <summary>The comment form of a post, on a page of its own that is never cached (see <see cref="PostModel"/>).</summary>
[EnableRateLimiting(CommentRateLimitPolicy.Name)]
public sealed class CommentModel(
    BlogService blog, CommentService comments, IOptions<CommentOptions> options, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string Held = "held";
    public const string Published = "published";

    public BlogPost Post { get; private set; } = null!;

    public CommentForm Comment { get; set; } = new();

    /// <summary>After a comment was accepted: <see cref="Held"/> or <see cref="Published"/>.</summary>
    public string? Sent { get; private set; }

    public int KeepRefusedDays => options.Value.KeepRefusedDays;

    public async Task<IActionResult> OnGetAsync(string slug, string? sent, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Sent = sent is Held or Published ? sent : null;
        Comment.Stamp = comments.IssueStamp(CommentTargets.Post, Post.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, [FromForm(Name = "Comment")] CommentForm comment, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Comment = comment;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || !string.IsNullOrWhiteSpace(comment.Homepage))
        {
            var receipt = await comments.SubmitAsync(comment.ToSubmission(CommentTargets.Post, Post.Id), cancellationToken);
            if (receipt.Result.Succeeded)
            {
                // Post/redirect/get: reloading the page that says "thank you" does not send the comment again.
                return Redirect($"/blog/{Post.Slug}/comment?sent={(receipt.Status == CommentStatus.Approved ? Published : Held)}");
            }

            var field = receipt.Result.Field is null ? string.Empty : $"Comment.{receipt.Result.Field}";
            ModelState.AddModelError(field, localizer[receipt.Result.Error!]);
        }

        // The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.
        ModelState.Remove("Comment.Stamp");
        Comment.Stamp = comments.RenewStamp(comment.Stamp, CommentTargets.Post, Post.Id);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var post = await blog.FindVisibleAsync(slug, cancellationToken);
        if (post is null)
        {
            return false;
        }

        Post = post;
        return true;
    }
}
