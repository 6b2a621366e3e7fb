using Fairwatch.Accounts;
using Fairwatch.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Actions;

/// <summary>
/// Without a CWC key of its own, the organisation hands House messages to a vendor: staff put the
/// waiting documents in a batch, download it as a zip of CWC XML files, and mark it sent once the
/// vendor has submitted it.
/// </summary>
public sealed class BatchesModel(DeliveryService deliveries, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public bool SubmitsToCwc => deliveries.SubmitsToCwc;

    public int Waiting { get; private set; }

    public IReadOnlyList<BatchSummary> Batches { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Waiting = await deliveries.WaitingForBatchAsync(cancellationToken);
        Batches = await deliveries.ListBatchesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var created = await deliveries.CreateBatchAsync(StaffName());
        TempData["Status"] = created.Succeeded ? localizer["Batch {0} is ready to download.", created.Id!.Value].Value : localizer[created.Error!].Value;
        return Redirect("/staff/actions/batches");
    }

    public async Task<IActionResult> OnGetDownloadAsync(int batchId, CancellationToken cancellationToken)
    {
        var archive = await deliveries.BatchArchiveAsync(batchId, cancellationToken);
        return archive is null ? NotFound() : File(archive, "application/zip", $"cwc-batch-{batchId}.zip");
    }

    public async Task<IActionResult> OnPostSentAsync(int batchId)
    {
        var sent = await deliveries.MarkBatchSentAsync(batchId, StaffName());
        TempData["Status"] = sent.Succeeded ? localizer["Batch {0} is marked as sent.", batchId].Value : localizer[sent.Error!].Value;
        return Redirect("/staff/actions/batches");
    }

    private string StaffName() => User.FindFirst(StaffClaimsPrincipalFactory.DisplayNameClaim)?.Value ?? User.Identity?.Name ?? "staff";
}
