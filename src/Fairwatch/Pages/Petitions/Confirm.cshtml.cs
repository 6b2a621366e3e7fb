using Fairwatch.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Petitions;

/// <summary>
/// The link in the confirmation e-mail. Opening it shows a button, and only pressing it confirms:
/// mail scanners that open every link must not confirm an address on their own.
/// </summary>
public sealed class ConfirmModel(PetitionService petitions, SignatureLinks links) : PageModel
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

        Result = await petitions.ConfirmAsync(Token, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Target = links.ReadConfirmToken(Token) is { } id ? await petitions.DescribeLinkAsync(id, cancellationToken) : null;
        return Target is not null;
    }

    private PageResult Invalid()
    {
        var page = Page();
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
