using Fairwatch.Pledges;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Pledges;

/// <summary>After pledging: thanks and the current count. The same page says "you have already taken this pledge", and nothing more.</summary>
public sealed class ThanksModel(PledgeService pledges) : PageModel
{
    public Pledge Pledge { get; private set; } = null!;

    public bool AlreadyPledged { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, bool already, CancellationToken cancellationToken)
    {
        var pledge = await pledges.FindPublishedAsync(slug, cancellationToken);
        if (pledge is null)
        {
            return NotFound();
        }

        Pledge = pledge;
        AlreadyPledged = already;
        return Page();
    }
}
