using Fairwatch.Campaigns;
using Fairwatch.Photos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Photos;

/// <summary>A campaign's approved photos, a page at a time. Cached like other public content; moderation evicts it.</summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class WallModel(CampaignService campaigns, PhotoWallService photos) : PageModel
{
    public Campaign Campaign { get; private set; } = null!;

    public WallPage Wall { get; private set; } = null!;

    // "page" is a route value of Razor Pages itself, so the query key is bound by name.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.FindPublishedHeaderAsync(slug, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        Wall = await photos.ListApprovedAsync(campaign.Id, pageNumber, cancellationToken);
        return Page();
    }
}
