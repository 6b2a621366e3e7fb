using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Areas.Staff.Pages.Comments;

/// <summary>The moderation queue: one tab per state with its count, and trusted and banned addresses.</summary>
public sealed class IndexModel(
    CommentService comments, UserManager<StaffUser> users, IOptions<CommentOptions> options, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public static readonly IReadOnlyList<CommentStatus> Tabs = [CommentStatus.Pending, CommentStatus.Approved, CommentStatus.Rejected, CommentStatus.Spam];

    [FromQuery(Name = "status")]
    public CommentStatus Status { get; set; } = CommentStatus.Pending;

    // Not "page": that is a route value of Razor Pages itself.
    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyDictionary<CommentStatus, int> Counts { get; private set; } = new Dictionary<CommentStatus, int>();

    public ModerationPage Queue { get; private set; } = null!;

    public IReadOnlyList<CommenterAddress> Standings { get; private set; } = [];

    public int KeepRefusedDays => options.Value.KeepRefusedDays;

    public async Task OnGetAsync()
    {
        Counts = await comments.CountsAsync();
        Queue = await comments.ListForModerationAsync(Status, PageNumber);
        Standings = await comments.ListStandingsAsync();
    }

    public Task<IActionResult> OnPostApproveAsync(int commentId) =>
        ChangeAsync(comments.ModerateAsync(commentId, CommentStatus.Approved, users.GetUserId(User)), localizer["Comment published."]);

    public Task<IActionResult> OnPostRejectAsync(int commentId) =>
        ChangeAsync(comments.ModerateAsync(commentId, CommentStatus.Rejected, users.GetUserId(User)), localizer["Comment rejected."]);

    public Task<IActionResult> OnPostSpamAsync(int commentId) =>
        ChangeAsync(comments.ModerateAsync(commentId, CommentStatus.Spam, users.GetUserId(User)), localizer["Comment marked as spam."]);

    public Task<IActionResult> OnPostTrustAsync(int commentId) =>
        ChangeAsync(comments.TrustAsync(commentId, users.GetUserId(User)), localizer["Address trusted: its comments now appear at once."]);

    public Task<IActionResult> OnPostBanAsync(int commentId) =>
        ChangeAsync(comments.BanAsync(commentId, users.GetUserId(User)), localizer["Address banned: its comments are refused."]);

    public Task<IActionResult> OnPostClearAsync(string email) =>
        ChangeAsync(comments.ClearStandingAsync(email), localizer["The address is treated like any other again."]);

    public static string StatusName(CommentStatus status) => status switch
    {
        CommentStatus.Approved => "Approved",
        CommentStatus.Rejected => "Rejected",
        CommentStatus.Spam => "Spam",
        _ => "Waiting",
    };

    public static string StandingName(CommenterStanding standing) => standing == CommenterStanding.Trusted ? "Trusted" : "Banned";

    public string TabUrl(CommentStatus status, int page = 1) =>
        $"/staff/comments?status={status.ToString().ToLowerInvariant()}" + (page > 1 ? $"&p={page}" : "");

    private async Task<IActionResult> ChangeAsync(Task<ChangeResult> change, LocalizedString done)
    {
        var result = await change;
        TempData["Status"] = result.Succeeded ? done.Value : localizer[result.Error!].Value;
        // Back to the tab and page the moderator was on.
        return Redirect(TabUrl(Status, PageNumber));
    }
}
