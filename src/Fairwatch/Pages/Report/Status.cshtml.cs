using Fairwatch.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Report;

/// <summary>
/// A reporter's way back: the receipt code, typed into a form (never in the address), shows where
/// the report stands and lets them add to it. Rate limited, so codes cannot be guessed through it.
/// </summary>
[EnableRateLimiting(ReportRateLimitPolicy.Name)]
public sealed class StatusModel(AnonymousReports reports, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ReceiptForm Receipt { get; set; } = new();

    public ReportStatus? Status { get; private set; }

    public bool Added { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCheckAsync([FromForm(Name = "Receipt")] ReceiptForm receipt, CancellationToken cancellationToken)
    {
        Receipt = new ReceiptForm { Code = receipt.Code };
        ModelState.Clear();
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = "Receipt")] ReceiptForm receipt, CancellationToken cancellationToken)
    {
        Receipt = receipt;
        ModelState.Clear();
        var added = await reports.AddAsync(receipt.Code, receipt.Text, cancellationToken);
        if (added.Succeeded)
        {
            Added = true;
            Receipt.Text = null;
        }
        else
        {
            ModelState.AddModelError(added.Field is null ? string.Empty : $"Receipt.{added.Field}", localizer[added.Error!]);
        }

        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Status = await reports.FindAsync(Receipt.Code, cancellationToken);
        if (Status is null && ModelState.IsValid)
        {
            ModelState.AddModelError("Receipt.Code", localizer["We found no report with that receipt code. Check the 16 digits and try again."]);
        }

        return Page();
    }
}
