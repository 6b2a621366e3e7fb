using Fairwatch.Detention;
using Fairwatch.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Facilities;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class FacilityModel(FacilityService facilities, VisitGroupService groups) : PageModel
{
    public Facility Facility { get; private set; } = null!;

    public IReadOnlyList<CoveringGroup> CoveringGroups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var facility = await facilities.FindAsync(slug, cancellationToken);
        if (facility is null)
        {
            return NotFound();
        }

        Facility = facility;
        CoveringGroups = await groups.CoveringAsync(facility.Id, cancellationToken);
        return Page();
    }
}
