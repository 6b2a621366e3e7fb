using Fairwatch.Campaigns;
using Fairwatch.Pledges;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Pledges;

/// <summary>
/// A pledge's page and form. Not output-cached: it carries the form's antiforgery token and fresh
/// stamp (see docs/decisions/0007), and its count is read from the pledge's counter row on every view.
/// </summary>
[EnableRateLimiting(PledgeRateLimitPolicy.Name)]
public sealed class PledgeModel(PledgeService pledges, PledgeTaking taking, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Pledge Pledge { get; private set; } = null!;

    public Campaign? Campaign { get; private set; }

    public PledgeForm Ally { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "ref")] string? referralCode, string? via, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Ally.Stamp = taking.IssueStamp(Pledge.Id);
        (Ally.Ref, Ally.Via) = (referralCode, via);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, [FromForm(Name = "Ally")] PledgeForm ally, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Ally = ally;
        var status = StatusCodes.Status200OK;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || ally.IsTrapped)
        {
            var receipt = await taking.TakeAsync(Pledge.Id, ally.ToSubmission(), Cultures.Current, cancellationToken);
            switch (receipt.Outcome)
            {
                case TakingOutcome.Pledged:
                    return Redirect($"/pledges/{Pledge.Slug}/thanks?code={receipt.ReferralCode}");
                case TakingOutcome.AlreadyPledged:
                    return Redirect($"/pledges/{Pledge.Slug}/thanks?already=true&code={receipt.ReferralCode}");
                case TakingOutcome.Closed:
                    return NotFound();
                case TakingOutcome.Unavailable:
                    ModelState.AddModelError(string.Empty, localizer["We could not save your pledge just now. Please try again in a minute."]);
                    status = StatusCodes.Status503ServiceUnavailable;
                    break;
                default:
                    var problem = receipt.Problem!;
                    ModelState.AddModelError(problem.Field is null ? string.Empty : $"Ally.{problem.Field}", localizer[problem.Error!]);
                    break;
            }
        }

        // The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.
        ModelState.Remove("Ally.Stamp");
        Ally.Stamp = taking.RenewStamp(ally.Stamp, Pledge.Id);
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var pledge = await pledges.FindPublishedAsync(slug, cancellationToken);
        if (pledge is null)
        {
            return false;
        }

        Pledge = pledge;
        if (pledge.CampaignId is { } campaignId)
        {
            Campaign = await campaigns.FindPublishedHeaderAsync(campaignId, cancellationToken);
        }

        return true;
    }
}
