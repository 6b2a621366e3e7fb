using Fairwatch.Accounts;
using Fairwatch.Actions;
using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Actions;

/// <summary>
/// The staff queue: messages to offices without an API (the Senate), each with its office's
/// contact form and the text to paste, to mark delivered; and messages that failed, to deliver by hand.
/// Staff see the supporter's name and address here because the contact forms ask for them.
/// </summary>
public sealed class DeliveriesModel(DeliveryService deliveries, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromQuery(Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<DeliveryItem> Queue { get; private set; } = [];

    public bool HasMore { get; private set; }

    public IReadOnlyList<DeliveryItem> Failed { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await deliveries.FollowOutboxAsync(cancellationToken);
        (Queue, HasMore) = await deliveries.ManualQueueAsync(PageNumber, cancellationToken);
        Failed = await deliveries.FailedAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostDeliveredAsync(int deliveryId, string? note) =>
        ChangeAsync(deliveries.MarkAsync(deliveryId, DeliveryStatus.Sent, StaffName(), note), localizer["Marked as delivered."]);

    public Task<IActionResult> OnPostFailedAsync(int deliveryId, string? note) =>
        ChangeAsync(deliveries.MarkAsync(deliveryId, DeliveryStatus.Failed, StaffName(), note), localizer["Marked as failed."]);

    public Task<IActionResult> OnPostByHandAsync(int deliveryId) =>
        ChangeAsync(deliveries.MarkAsync(deliveryId, DeliveryStatus.NeedsManualDelivery, StaffName(), null), localizer["Moved to the queue to deliver by hand."]);

    private string StaffName() => User.FindFirst(StaffClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? User.Identity?.Name ?? "staff";

    private async Task<IActionResult> ChangeAsync(Task<ChangeResult> change, LocalizedString done)
    {
        var result = await change;
        TempData["Status"] = result.Succeeded ? done.Value : localizer[result.Error!].Value;
        return Redirect("/staff/actions/deliveries" + (PageNumber > 1 ? $"?p={PageNumber}" : ""));
    }
}
