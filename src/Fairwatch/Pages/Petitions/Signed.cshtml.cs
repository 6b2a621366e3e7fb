using Fairwatch.Campaigns;
using Fairwatch.Petitions;
using Fairwatch.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Petitions;

/// <summary>After signing: thanks, the current count, and what happens next. The same page says "you had already signed", and nothing more.</summary>
public class SignedModel(PetitionService petitions, CampaignService campaigns) : PageModel
{
    public Petition Petition { get; private set; } = null!;

    public bool AlreadySigned { get; private set; }

    /// <summary>The share step: the petition, the campaign's hashtag, and the signer's code.</summary>
    public ShareStep Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, bool already, string? code, CancellationToken cancellationToken)
    {
        var petition = await petitions.FindPublishedAsync(slug, cancellationToken);
        if (petition is null)
        {
            return NotFound();
        }

        Petition = petition;
        AlreadySigned = already;
        var campaign = petition.CampaignId is { } campaignId
            ? await campaigns.FindPublishedHeaderAsync(campaignId, cancellationToken)
            : null;
        Share = ShareStep.After($"/petitions/{petition.Slug}", petition.Title.Current, campaign, code);
        return Page();
    }
}
