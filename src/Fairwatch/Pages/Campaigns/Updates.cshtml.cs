using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Campaigns;

/// <summary>Every update of a campaign, newest first, a page at a time.</summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class UpdatesModel(CampaignService campaigns) : PageModel
{
    public const int PageSize = CampaignService.NewestUpdates;

    public Campaign Campaign { get; private set; } = null!;

    public IReadOnlyList<CampaignUpdate> Updates { get; private set; } = [];

    public int PageNumber { get; private set; }

    public int PageCount { get; private set; }

    // "page" is a route value of Razor Pages itself, so the query key is bound by name.
    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        var campaign = await campaigns.FindPublishedHeaderAsync(slug, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }

        var count = await campaigns.CountUpdatesAsync(campaign.Id, cancellationToken);
        PageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
        // Pages past the end, or before the first, do not exist (and do not fill the cache).
        if (pageNumber < 1 || pageNumber > PageCount)
        {
            return NotFound();
        }

        Campaign = campaign;
        PageNumber = pageNumber;
        Updates = await campaigns.ListUpdatesAsync(campaign.Id, (pageNumber - 1) * PageSize, PageSize, cancellationToken);
        return Page();
    }
}
