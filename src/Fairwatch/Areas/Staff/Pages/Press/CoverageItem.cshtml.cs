using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Press;

public sealed class CoverageItemModel(PressService press, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public PressCoverage Current { get; private set; } = null!;

    public CoverageForm Coverage { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await press.FindCoverageAsync(Id) is not { } current)
        {
            return NotFound();
        }

        Current = current;
        Coverage = CoverageForm.From(current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Coverage")] CoverageForm coverage)
    {
        if (await press.FindCoverageAsync(Id) is not { } current)
        {
            return NotFound();
        }

        (Current, Coverage) = (current, coverage);
        if (!ModelState.IsValid)
        {
            ModelState.AddFieldProblems("Coverage", PressService.CheckCoverage(coverage.ToInput()), localizer);
            return Page();
        }

        var saved = await press.SaveCoverageAsync(Id, coverage.ToInput());
        if (saved.Succeeded)
        {
            TempData["Status"] = localizer["Saved."].Value;
            return Redirect("/staff/press/coverage");
        }

        ModelState.AddProblem("Coverage", saved, localizer);
        return Page();
    }
}
