using Fairwatch.Detention;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Facilities;

/// <summary>Adds a facility (no id) or corrects one.</summary>
public sealed class EditModel(FacilityService facilities, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int? Id { get; set; }

    public Facility? Current { get; private set; }

    public FacilityForm Facility { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (Id is int id)
        {
            if (await facilities.FindAsync(id) is not { } current)
            {
                return NotFound();
            }

            Current = current;
            Facility = FacilityForm.From(current);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Facility")] FacilityForm facility)
    {
        Facility = facility;
        if (Id is int id)
        {
            if (await facilities.FindAsync(id) is not { } current)
            {
                return NotFound();
            }

            Current = current;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = Id is int existing ? await facilities.SaveAsync(existing, facility.ToInput()) : await facilities.CreateAsync(facility.ToInput());
        if (saved.Succeeded)
        {
            TempData["Status"] = localizer["Saved."].Value;
            return Redirect($"/staff/facilities/edit/{saved.Id}");
        }

        ModelState.AddProblem("Facility", saved, localizer);
        return Page();
    }
}
