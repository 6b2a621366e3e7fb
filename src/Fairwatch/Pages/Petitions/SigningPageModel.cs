using Fairwatch.Petitions;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Petitions;

/// <summary>
/// A page that shows a petition and takes signatures: the petition's own page and the embeddable
/// one. Shows the form with a fresh stamp, and on a post either redirects (post/redirect/get) to
/// the thank-you page or shows the form again with what went wrong and everything typed.
/// </summary>
public abstract class SigningPageModel(PetitionSigning signing, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    public Petition Petition { get; private set; } = null!;

    /// <summary>
    /// Resolved only when the page is shown: a signature that goes straight through (the hot path
    /// of a spike) then builds no database context at all.
    /// </summary>
    protected PetitionService Petitions => HttpContext.RequestServices.GetRequiredService<PetitionService>();

    public SignatureForm Signature { get; set; } = new();

    /// <summary>Whether the form is shown: the petition is open and its deadline has not passed.</summary>
    public bool TakesSignatures => Petition.TakesSignatures(clock.GetUtcNow().UtcDateTime);

    public int Count => Petition.Counter?.Signatures ?? 0;

    /// <summary>Where a signer goes after signing (or after being told they already had).</summary>
    /// <param name="referralCode">The signer's code for their share links, carried to the thank-you page.</param>
    protected abstract string SignedUrl(string slug, bool alreadySigned, string? referralCode);

    /// <summary>What else the page shows; only loaded when the page is rendered, not for a signature that redirects.</summary>
    protected virtual Task LoadPageAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "ref")] string? referralCode, string? via, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Signature.Stamp = signing.IssueStamp(Petition.Id);
        // Carried through the form, so that the signature records who shared the link (no cookie needed).
        (Signature.Ref, Signature.Via) = (referralCode, via);
        await LoadPageAsync(cancellationToken);
        return Page();
    }

    /// <summary>
    /// The hot path of a spike: one cached look-up and the writer; the page itself is only loaded
    /// again when the form has to be shown with a problem.
    /// </summary>
    public async Task<IActionResult> OnPostAsync(string slug, [FromForm(Name = "Signature")] SignatureForm signature, CancellationToken cancellationToken)
    {
        var target = await signing.FindTargetAsync(slug, cancellationToken);
        if (target is null)
        {
            return NotFound();
        }

        Signature = signature;
        var status = StatusCodes.Status200OK;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || !string.IsNullOrWhiteSpace(signature.Website))
        {
            var receipt = await signing.SignAsync(target, signature.ToSubmission(), Cultures.Current, cancellationToken);
            switch (receipt.Outcome)
            {
                case SigningOutcome.Signed:
                    return Redirect(SignedUrl(target.Slug, alreadySigned: false, receipt.ReferralCode));
                case SigningOutcome.AlreadySigned:
                    return Redirect(SignedUrl(target.Slug, alreadySigned: true, receipt.ReferralCode));
                case SigningOutcome.Closed:
                    ModelState.AddModelError(string.Empty, localizer["This petition no longer takes signatures."]);
                    status = StatusCodes.Status409Conflict;
                    break;
                case SigningOutcome.Unavailable:
                    ModelState.AddModelError(string.Empty, localizer["We could not save your signature just now. Please try again in a minute."]);
                    status = StatusCodes.Status503ServiceUnavailable;
                    break;
                default:
                    var problem = receipt.Problem!;
                    ModelState.AddModelError(problem.Field is null ? string.Empty : $"Signature.{problem.Field}", localizer[problem.Error!]);
                    break;
            }
        }

        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        // The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.
        ModelState.Remove("Signature.Stamp");
        Signature.Stamp = signing.RenewStamp(signature.Stamp, Petition.Id);
        await LoadPageAsync(cancellationToken);
        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var petition = await Petitions.FindPublishedAsync(slug, cancellationToken);
        if (petition is null)
        {
            return false;
        }

        Petition = petition;
        return true;
    }
}
