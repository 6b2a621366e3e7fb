using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Campaigns;

public sealed class IndexModel(CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    [BindProperty]
    public CampaignForm Campaign { get; set; } = new();

    public async Task OnGetAsync() => Campaigns = await campaigns.ListAllAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await campaigns.CreateAsync(Campaign.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Campaign created. Add its ladder, figures and updates, then publish it."].Value;
                return Redirect($"/staff/campaigns/{created.Id}");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Campaign.{created.Field}", localizer[created.Error!]);
        }

        Campaigns = await campaigns.ListAllAsync();
        return Page();
    }
}
