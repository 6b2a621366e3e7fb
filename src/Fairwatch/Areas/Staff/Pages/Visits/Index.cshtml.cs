using Fairwatch.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Visits;

/// <summary>Visit reports: a volunteer's own, or all of them for coordinators.</summary>
public sealed class IndexModel(VisitReportService reports, UserManager<Accounts.StaffUser> users) : PageModel
{
    public IReadOnlyList<VisitReportRow> Reports { get; private set; } = [];

    public bool SeesAll { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SeesAll = VisitAccess.SeesAllReports(User);
        Reports = await reports.ListAsync(users.GetUserId(User)!, SeesAll, cancellationToken);
    }
}
