using Fairwatch.Campaigns;
using Fairwatch.Photos;
using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Photos;

/// <summary>The form to send a photo to a campaign's wall. Not cached: it carries an antiforgery token and a fresh stamp.</summary>
[EnableRateLimiting(PhotoRateLimitPolicy.Name)]
[RequestSizeLimit(UploadService.MaxImageBytes + (256 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = UploadService.MaxImageBytes + (256 * 1024))]
public sealed class SendModel(CampaignService campaigns, PhotoWallService photos, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Campaign Campaign { get; private set; } = null!;

    public PhotoForm Photo { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "ref")] string? referralCode, string? via, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Photo.Stamp = photos.IssueStamp(Campaign.Id);
        (Photo.Ref, Photo.Via) = (referralCode, via);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, [FromForm(Name = "Photo")] PhotoForm photo, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Photo = photo;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || photo.IsTrapped)
        {
            var (sent, code) = await photos.SendAsync(Campaign.Id, photo.ToSubmission(), Cultures.Current, cancellationToken);
            if (sent.Succeeded)
            {
                return Redirect($"/campaigns/{Campaign.Slug}/photos/thanks?code={code}");
            }

            ModelState.AddModelError(sent.Field is null ? string.Empty : $"Photo.{sent.Field}", localizer[sent.Error!]);
        }

        ModelState.Remove("Photo.Stamp");
        Photo.Stamp = photos.RenewStamp(photo.Stamp, Campaign.Id);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindPublishedHeaderAsync(slug, cancellationToken);
        if (campaign is null)
        {
            return false;
        }

        Campaign = campaign;
        return true;
    }
}
