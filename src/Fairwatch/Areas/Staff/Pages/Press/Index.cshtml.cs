using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Press;

public sealed class IndexModel(PressService press, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<PressRelease> Releases { get; private set; } = [];

    [BindProperty]
    public ReleaseForm Release { get; set; } = new() { ReleasedOn = DateTime.UtcNow.Date };

    public async Task OnGetAsync() => Releases = await press.ListAllAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await press.CreateAsync(Release.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Press release added. Check it, then publish it."].Value;
                return Redirect($"/staff/press/{created.Id}");
            }

            ModelState.AddProblem("Release", created, localizer);
        }

        Releases = await press.ListAllAsync();
        return Page();
    }
}
