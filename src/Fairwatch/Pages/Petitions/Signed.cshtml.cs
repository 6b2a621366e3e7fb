using Fairwatch.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Petitions;

/// <summary>After signing: thanks, the current count, and what happens next. The same page says "you had already signed", and nothing more.</summary>
public class SignedModel(PetitionService petitions) : PageModel
{
    public Petition Petition { get; private set; } = null!;

    public bool AlreadySigned { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, bool already, CancellationToken cancellationToken)
    {
        var petition = await petitions.FindPublishedAsync(slug, cancellationToken);
        if (petition is null)
        {
            return NotFound();
        }

        Petition = petition;
        AlreadySigned = already;
        return Page();
    }
}
