using Fairwatch.Campaigns;
using Fairwatch.Sharing;
using Fairwatch.Signups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Signups;

/// <summary>After signing up: "check your inbox" (the same for every address, so a stranger learns nothing), and the share step.</summary>
public sealed class SentModel(SignupService signups, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Campaign? Campaign { get; private set; }

    public ShareStep Share { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? list, string? code, CancellationToken cancellationToken)
    {
        if (list is not null)
        {
            Campaign = await signups.FindCampaignAsync(list, cancellationToken);
            if (Campaign is null)
            {
                return NotFound();
            }
        }

        Share = Campaign is null
            ? new ShareStep("/signup", localizer["Get updates by e-mail"], [], Referrals.Normalise(code))
            : ShareStep.After($"/campaigns/{Campaign.Slug}", Campaign.Title.Current, Campaign, code);
        return Page();
    }
}
