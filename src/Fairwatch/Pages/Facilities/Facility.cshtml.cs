using Fairwatch.Detention;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Facilities;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class FacilityModel(FacilityService facilities) : PageModel
{
    public Facility Facility { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var facility = await facilities.FindAsync(slug, cancellationToken);
        if (facility is null)
        {
            return NotFound();
        }

        Facility = facility;
        return Page();
    }
}
