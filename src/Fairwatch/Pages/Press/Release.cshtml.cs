using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Press;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class ReleaseModel(PressService press) : PageModel
{
    public PressRelease Release { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var release = await press.FindVisibleAsync(slug, cancellationToken);
        if (release is null)
        {
            return NotFound();
        }

        Release = release;
        return Page();
    }
}
