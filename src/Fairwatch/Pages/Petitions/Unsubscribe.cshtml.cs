using Fairwatch.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Petitions;

/// <summary>
/// Stops a signer's update e-mails. A mail program's one-click unsubscribe (RFC 8058) POSTs here
/// with the token in the address and no cookie, so the token is the only authority and there is no
/// antiforgery check; a person who opens the link gets a button that posts the same way.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(PetitionService petitions, SignatureLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public SignatureLinkTarget? Target { get; private set; }

    public LinkResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : Invalid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return Invalid();
        }

        Result = await petitions.UnsubscribeAsync(Token, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Target = links.ReadUnsubscribeToken(Token) is { } id ? await petitions.DescribeLinkAsync(id, cancellationToken) : null;
        return Target is not null;
    }

    private PageResult Invalid()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
