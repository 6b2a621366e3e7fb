using Fairwatch.Areas.Staff.Pages.Visits;
using Fairwatch.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Slots;

/// <summary>Visits to come: a volunteer's groups' visits, or every group's for coordinators.</summary>
public sealed class IndexModel(VisitSlotService slots, UserManager<Accounts.StaffUser> users) : PageModel
{
    public IReadOnlyList<VisitSlotRow> Visits { get; private set; } = [];

    public bool SeesAll { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SeesAll = VisitAccess.SeesAllReports(User);
        Visits = await slots.UpcomingAsync(users.GetUserId(User)!, SeesAll, cancellationToken: cancellationToken);
    }
}
