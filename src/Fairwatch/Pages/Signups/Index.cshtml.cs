using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Signups;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Signups;

/// <summary>
/// Sign-up for updates: the organisation's list at /signup, a campaign's at /signup/{campaign}.
/// Not output-cached: it carries an antiforgery token and a fresh stamp (decision 7).
/// </summary>
[EnableRateLimiting(SignupRateLimitPolicy.Name)]
public sealed class IndexModel(SignupService signups, ProofOfWork proofOfWork, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Campaign? Campaign { get; private set; }

    public SignupForm Signup { get; set; } = new();

    /// <summary>The puzzle's fields while the site asks for a proof of work; null otherwise.</summary>
    public ProofOfWorkFields? Pow { get; private set; }

    public int PowBits => proofOfWork.Bits;

    public int PowNoScriptSeconds => proofOfWork.NoScriptSeconds;

    public async Task<IActionResult> OnGetAsync(string? campaign, [FromQuery(Name = "ref")] string? referralCode, string? via, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(campaign, cancellationToken))
        {
            return NotFound();
        }

        Signup = new SignupForm { Language = Cultures.Current, Ref = referralCode, Via = via, Stamp = signups.IssueStamp(Campaign?.Id) };
        Pow = proofOfWork.IsRequired ? new ProofOfWorkFields { Challenge = proofOfWork.Issue(PowSubject) } : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(
        string? campaign, [FromForm(Name = "Signup")] SignupForm form, [FromForm(Name = "Pow")] ProofOfWorkFields? pow, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(campaign, cancellationToken))
        {
            return NotFound();
        }

        Signup = form;
        var status = StatusCodes.Status200OK;
        var powChecked = !proofOfWork.IsRequired || form.IsTrapped;
        if (!powChecked)
        {
            switch (proofOfWork.Check(pow, PowSubject))
            {
                case ProofOfWorkCheck.Valid:
                    powChecked = true;
                    break;
                case ProofOfWorkCheck.Unsolved:
                    ModelState.AddModelError(string.Empty, localizer["Your browser has not finished the check that keeps automated sign-ups out. Wait {0} seconds, then send the form again.", proofOfWork.NoScriptSeconds]);
                    status = StatusCodes.Status429TooManyRequests;
                    break;
                default:
                    ModelState.AddModelError(string.Empty, localizer["We could not check this form. Please send it again."]);
                    status = StatusCodes.Status400BadRequest;
                    break;
            }
        }

        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (powChecked && (ModelState.IsValid || form.IsTrapped))
        {
            var source = Campaign is null ? SignupSources.SignupPage : SignupSources.CampaignSignupPage;
            var receipt = await signups.SubscribeAsync(Campaign?.Id, source, form.ToSubmission(), cancellationToken);
            switch (receipt.Outcome)
            {
                case SubscribeOutcome.CheckInbox:
                    // Post/redirect/get; the same answer whether the address was new, pending or subscribed.
                    return Redirect("/signup/sent" + QueryString.Create(
                        new Dictionary<string, string?> { ["list"] = Campaign?.Slug, ["code"] = receipt.ReferralCode }.Where(p => p.Value is not null)).ToUriComponent());
                case SubscribeOutcome.Unavailable:
                    ModelState.AddModelError(string.Empty, localizer["We could not save your sign-up just now. Please try again in a minute."]);
                    status = StatusCodes.Status503ServiceUnavailable;
                    break;
                default:
                    var problem = receipt.Problem!;
                    ModelState.AddModelError(problem.Field is null ? string.Empty : $"Signup.{problem.Field}", localizer[problem.Error!]);
                    break;
            }
        }

        // The same stamp and challenge while they are still good, so that fixing a typo is not "too fast" and the no-script wait keeps counting.
        ModelState.Remove("Signup.Stamp");
        Signup.Stamp = signups.RenewStamp(form.Stamp, Campaign?.Id);
        Pow = proofOfWork.IsRequired ? new ProofOfWorkFields { Challenge = proofOfWork.Renew(pow?.Challenge, PowSubject) } : null;
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private string PowSubject => Campaign is null ? "signup|organisation" : string.Create(CultureInfo.InvariantCulture, $"signup|{Campaign.Id}");

    private async Task<bool> LoadAsync(string? campaign, CancellationToken cancellationToken)
    {
        if (campaign is null)
        {
            return true;
        }

        Campaign = await signups.FindCampaignAsync(campaign, cancellationToken);
        return Campaign is not null;
    }
}
