using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Press;

public sealed class CoverageModel(PressService press, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<PressCoverage> Items { get; private set; } = [];

    public CoverageForm Coverage { get; set; } = new() { PublishedOn = DateTime.UtcNow.Date };

    public async Task OnGetAsync() => Items = await press.ListCoverageAsync();

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = "Coverage")] CoverageForm coverage)
    {
        Coverage = coverage;
        if (ModelState.IsValid)
        {
            var added = await press.AddCoverageAsync(coverage.ToInput());
            if (added.Succeeded)
            {
                TempData["Status"] = localizer["Story added to the press page."].Value;
                return RedirectToPage();
            }

            ModelState.AddProblem("Coverage", added, localizer);
        }
        else
        {
            ModelState.AddFieldProblems("Coverage", PressService.CheckCoverage(coverage.ToInput()), localizer);
        }

        Items = await press.ListCoverageAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int itemId)
    {
        var removed = await press.RemoveCoverageAsync(itemId);
        TempData["Status"] = removed.Succeeded ? localizer["Story removed."].Value : localizer[removed.Error!].Value;
        return RedirectToPage();
    }
}
