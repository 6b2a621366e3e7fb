using System.Security.Claims;
using Fairwatch.Accounts;

namespace Fairwatch.Areas.Staff.Pages.Visits;

internal static class VisitAccess
{
    /// <summary>Coordinators and administrators see every visit report; a volunteer sees their own.</summary>
    public static bool SeesAllReports(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Administrator) || user.IsInRole(StaffRoles.VisitCoordinator);
}
