using Fairwatch.Campaigns;
using Fairwatch.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Photos;

/// <summary>After sending a photo: thanks, what happens next, and the share step.</summary>
public sealed class ThanksModel(CampaignService campaigns) : PageModel
{
    public Campaign Campaign { get; private set; } = null!;

    /// <summary>The share step: the campaign's photo wall, its hashtag, and the sender's code.</summary>
    public ShareStep Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, string? code, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindPublishedHeaderAsync(slug, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        Share = ShareStep.After($"/campaigns/{campaign.Slug}/photos", campaign.Title.Current, campaign, code);
        return Page();
    }
}
