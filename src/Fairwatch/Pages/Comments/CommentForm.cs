using System.ComponentModel.DataAnnotations;
using Fairwatch.Comments;
using Fairwatch.Web;

namespace Fairwatch.Pages.Comments;

/// <summary>The public comment form; <see cref="CommentService"/> checks everything again.</summary>
public sealed class CommentForm : ProtectedForm
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(CommentLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(CommentLimits.EmailLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Write your comment.")]
    [StringLength(CommentLimits.BodyLength, ErrorMessage = "Your comment is too long (2,000 characters at most).")]
    [Display(Name = "Your comment")]
    public string Body { get; set; } = "";

    public CommentSubmission ToSubmission(string targetKind, int targetId) =>
        new(targetKind, targetId, Name, Email, Body, Homepage, Stamp);
}

/// <summary>
/// What the comments section under a post or a film shows: one page of its published comments,
/// where the form is, and the page's own address (the pages of comments are <c>?comments=N</c> on it).
/// </summary>
public sealed record CommentsSection(PublishedComments Comments, string FormUrl, string PageUrl)
{
    public string UrlOfPage(int pageNumber) => pageNumber == 1 ? $"{PageUrl}#comments" : $"{PageUrl}?comments={pageNumber}#comments";
}
