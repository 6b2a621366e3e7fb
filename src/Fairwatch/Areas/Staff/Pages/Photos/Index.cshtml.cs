using Fairwatch.Campaigns;
using Fairwatch.Photos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Photos;

/// <summary>Moderation of every campaign's photo wall: the queue first, then what was approved or rejected.</summary>
public sealed class IndexModel(PhotoWallService photos, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public static readonly IReadOnlyList<(PhotoStatus Status, string Name)> Tabs =
    [
        (PhotoStatus.Pending, "Waiting for approval"),
        (PhotoStatus.Approved, "On the wall"),
        (PhotoStatus.Rejected, "Rejected"),
    ];

    [BindProperty(SupportsGet = true)]
    public PhotoStatus Status { get; set; }

    public IReadOnlyList<PhotoForReview> Photos { get; private set; } = [];

    public async Task OnGetAsync() => Photos = await photos.ListForReviewAsync(Status);

    public Task<IActionResult> OnPostApproveAsync(long photoId) =>
        ChangeAsync(() => photos.ModerateAsync(photoId, PhotoStatus.Approved), localizer["Approved: the photo is on the wall."]);

    public Task<IActionResult> OnPostRejectAsync(long photoId) =>
        ChangeAsync(() => photos.ModerateAsync(photoId, PhotoStatus.Rejected), localizer["Rejected: the photo is not on the wall."]);

    public Task<IActionResult> OnPostDeleteAsync(long photoId) =>
        ChangeAsync(() => photos.DeleteAsync(photoId), localizer["Photo deleted."]);

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done)
    {
        var result = await change();
        if (result.Succeeded)
        {
            TempData["Status"] = done.Value;
            return Redirect($"/staff/photos?status={Status.ToString().ToLowerInvariant()}");
        }

        ModelState.AddModelError(string.Empty, localizer[result.Error!]);
        Photos = await photos.ListForReviewAsync(Status);
        return Page();
    }
}
