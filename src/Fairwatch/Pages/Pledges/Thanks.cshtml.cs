using Fairwatch.Campaigns;
using Fairwatch.Pledges;
using Fairwatch.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Pledges;

/// <summary>After pledging: thanks, the current count and the share step. The same page says "you have already taken this pledge", and nothing more.</summary>
public sealed class ThanksModel(PledgeService pledges, CampaignService campaigns) : PageModel
{
    public Pledge Pledge { get; private set; } = null!;

    public bool AlreadyPledged { get; private set; }

    /// <summary>The share step: the pledge, the campaign's hashtag, and the ally's code.</summary>
    public ShareStep Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, bool already, string? code, CancellationToken cancellationToken)
    {
        var pledge = await pledges.FindPublishedAsync(slug, cancellationToken);
        if (pledge is null)
        {
            return NotFound();
        }

        Pledge = pledge;
        AlreadyPledged = already;
        var campaign = pledge.CampaignId is { } campaignId ? await campaigns.FindPublishedHeaderAsync(campaignId, cancellationToken) : null;
        Share = ShareStep.After($"/pledges/{pledge.Slug}", pledge.Title.Current, campaign, code);
        return Page();
    }
}
