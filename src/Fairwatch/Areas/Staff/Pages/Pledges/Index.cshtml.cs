using Fairwatch.Campaigns;
using Fairwatch.Pledges;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Pledges;

public sealed class IndexModel(PledgeService pledges, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<Pledge> Pledges { get; private set; } = [];

    [BindProperty]
    public PledgeEditForm Pledge { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await pledges.CreateAsync(Pledge.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Pledge created. Check it, then publish it."].Value;
                return Redirect($"/staff/pledges/{created.Id}");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Pledge.{created.Field}", localizer[created.Error!]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Pledges = await pledges.ListAllAsync();
        ViewData["Campaigns"] = await campaigns.ListAllAsync();
    }
}
