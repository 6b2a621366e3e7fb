using Fairwatch.Signups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pages.Signups;

/// <summary>
/// The link in the confirmation e-mail. Opening it shows a button, and only pressing it confirms:
/// mail scanners that open every link must not subscribe an address on their own.
/// </summary>
public sealed class ConfirmModel(SignupService signups, SignupLinks links, IOptions<SignupOptions> options) : PageModel
{
    public int LinkDays => (int)options.Value.ConfirmationLinkDays;

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public SignupLinkTarget? Target { get; private set; }

    public bool Pressed { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Target = links.ReadConfirmToken(Token) is { } id ? await signups.DescribeAsync(id, cancellationToken) : null;
        return Target is null ? Invalid() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Target = await signups.ConfirmAsync(Token, cancellationToken);
        Pressed = true;
        return Target is null ? Invalid() : Page();
    }

    private PageResult Invalid()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
