using Fairwatch.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Visits;

/// <summary>One visit report: for the volunteer who filed it, or for coordinators. Each opening is audited.</summary>
public sealed class ViewModel(VisitReportService reports, UserManager<Accounts.StaffUser> users) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public VisitReportView Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Another volunteer's report is "not found", so that its existence says nothing.
        if (await reports.OpenAsync(Id, users.GetUserId(User)!, VisitAccess.SeesAllReports(User), cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
