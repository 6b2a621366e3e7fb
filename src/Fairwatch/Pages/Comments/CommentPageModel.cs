using Fairwatch.Comments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pages.Comments;

/// <summary>
/// The comment form of anything that takes comments, on a page of its own that is never cached
/// (see docs/decisions/0007): a feature's page says what the comments are on, this does the rest.
/// Its view is Pages/Comments/_CommentPage.cshtml.
/// </summary>
[EnableRateLimiting(CommentsSetup.RateLimitPolicy)]
public abstract class CommentPageModel(CommentService comments, IOptions<CommentOptions> options, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string Held = "held";
    public const string Published = "published";

    /// <summary>What the comments are on: its kind, id, title and public address.</summary>
    public CommentTarget Target { get; private set; } = null!;

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
        Comment.Stamp = comments.IssueStamp(Target.Kind, Target.Id);
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
        if (ModelState.IsValid || comment.IsTrapped)
        {
            var receipt = await comments.SubmitAsync(comment.ToSubmission(Target.Kind, Target.Id), cancellationToken);
            if (receipt.Result.Succeeded)
            {
                // Post/redirect/get: reloading the page that says "thank you" does not send the comment again.
                return Redirect($"{Target.Url}/comment?sent={(receipt.Status == CommentStatus.Approved ? Published : Held)}");
            }

            var field = receipt.Result.Field is null ? string.Empty : $"Comment.{receipt.Result.Field}";
            ModelState.AddModelError(field, localizer[receipt.Result.Error!]);
        }

        // The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.
        ModelState.Remove("Comment.Stamp");
        Comment.Stamp = comments.RenewStamp(comment.Stamp, Target.Kind, Target.Id);
        return Page();
    }

    /// <summary>
    /// The published thing the comments are on, found by its address; null when there is none (or it
    /// is not public). The comment page lives at its address followed by /comment.
    /// </summary>
    protected abstract Task<CommentTarget?> FindTargetAsync(string slug, CancellationToken cancellationToken);

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var target = await FindTargetAsync(slug, cancellationToken);
        if (target is null)
        {
            return false;
        }

        Target = target;
        return true;
    }
}
