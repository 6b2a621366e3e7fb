using Fairwatch.Signups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Signups;

/// <summary>
/// Stops a subscriber's e-mails. A mail program's one-click unsubscribe (RFC 8058) POSTs here with
/// the token in the address and no cookie, so the token is the only authority and there is no
/// antiforgery check; a person who opens the link gets a button that posts the same way.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(SignupService signups, SignupLinks links) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public SignupLinkTarget? Target { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Target = links.ReadUnsubscribeToken(Token) is { } id ? await signups.DescribeAsync(id, cancellationToken) : null;
        return Target is null ? Invalid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Target = await signups.UnsubscribeAsync(Token, cancellationToken);
        return Target is null ? Invalid() : Page();
    }

    private PageResult Invalid()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
