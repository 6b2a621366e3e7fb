using Fairwatch.Actions;
using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Actions;

/// <summary>Every action, what is waiting for delivery, and a form to start a new action.</summary>
public sealed class IndexModel(
    ActionService actions, CampaignService campaigns, DeliveryService deliveries, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<CampaignAction> Actions { get; private set; } = [];

    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public IReadOnlyDictionary<DeliveryStatus, int> Counts { get; private set; } = new Dictionary<DeliveryStatus, int>();

    public int WaitingForBatch { get; private set; }

    [BindProperty]
    public ActionForm Action { get; set; } = new();

    public async Task OnGetAsync(int? campaign)
    {
        await LoadAsync();
        Action.CampaignId = campaign ?? Campaigns.FirstOrDefault()?.Id ?? 0;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await actions.CreateAsync(Action.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Action created. Write its texts, then publish it."].Value;
                return Redirect($"/staff/actions/{created.Id}");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Action.{created.Field}", localizer[created.Error!]);
        }

        await LoadAsync();
        return Page();
    }

    public string CampaignTitle(int id) => Campaigns.FirstOrDefault(c => c.Id == id)?.Title.Current ?? "";

    private async Task LoadAsync()
    {
        await deliveries.FollowOutboxAsync();
        Actions = await actions.ListAllAsync();
        Campaigns = await campaigns.ListAllAsync();
        Counts = await deliveries.CountsAsync();
        WaitingForBatch = deliveries.SubmitsToCwc ? 0 : await deliveries.WaitingForBatchAsync();
    }
}
