using Fairwatch.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Report;

/// <summary>
/// The anonymous report form. The receipt code is shown in the answer to the post itself, never in
/// an address, a cookie or a redirect, so it is in no history or log; the page is never cached.
/// </summary>
[EnableRateLimiting(ReportRateLimitPolicy.Name)]
public sealed class IndexModel(AnonymousReports reports, CaseService cases, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ReportForm Report { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Facilities { get; private set; } = [];

    /// <summary>The receipt code, formatted, once the report is stored.</summary>
    public string? Receipt { get; private set; }

    public bool AlreadySent { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report.Stamp = reports.IssueStamp();
        Facilities = await cases.FacilitiesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Report")] ReportForm report, CancellationToken cancellationToken)
    {
        Report = report;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || report.IsTrapped)
        {
            var receipt = await reports.SubmitAsync(report.ToSubmission(), cancellationToken);
            if (receipt.Code is { } code)
            {
                Receipt = ReceiptCodes.Format(code);
                return Page();
            }

            if (receipt.AlreadySent)
            {
                AlreadySent = true;
                return Page();
            }

            var problem = receipt.Problem!;
            ModelState.AddModelError(problem.Field is null ? string.Empty : $"Report.{problem.Field}", localizer[problem.Error!]);
        }

        ModelState.Remove("Report.Stamp");
        Report.Stamp = reports.RenewStamp(report.Stamp);
        Facilities = await cases.FacilitiesAsync(cancellationToken);
        return Page();
    }
}
