using Fairwatch.Campaigns;
using Fairwatch.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Petitions;

public sealed class IndexModel(PetitionService petitions, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<Petition> Petitions { get; private set; } = [];

    [BindProperty]
    public PetitionForm Petition { get; set; } = new() { Goal = 1_000 };

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await petitions.CreateAsync(Petition.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Petition created. Check it, then publish it."].Value;
                return Redirect($"/staff/petitions/{created.Id}");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Petition.{created.Field}", localizer[created.Error!]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Petitions = await petitions.ListAllAsync();
        ViewData["Campaigns"] = await campaigns.ListAllAsync();
    }
}
