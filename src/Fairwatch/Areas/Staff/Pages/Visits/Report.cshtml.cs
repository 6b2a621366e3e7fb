using Fairwatch.Cases;
using Fairwatch.Events;
using Fairwatch.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Visits;

/// <summary>A volunteer files what they saw on a visit; a request for follow-up becomes a case.</summary>
public sealed class ReportModel(
    VisitReportService reports, VisitSlotService slots, CaseService cases, UserManager<Accounts.StaffUser> users, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ReportForm Visit { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Facilities { get; private set; } = [];

    /// <summary>Opened from a visit the volunteer went on: its facility and day are filled in.</summary>
    public async Task OnGetAsync(int? slot, CancellationToken cancellationToken)
    {
        Visit = new ReportForm { VisitedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        if (slot is { } slotId && await slots.FindAsync(slotId, users.GetUserId(User)!, VisitAccess.SeesAllReports(User), cancellationToken) is { } visit)
        {
            Visit.FacilityId = visit.Slot.FacilityId;
            Visit.VisitedOn = EventTimes.ToLocal(visit.Slot.StartsAt, visit.Slot.TimeZoneId).Date;
        }

        Facilities = await cases.FacilitiesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Visit")] ReportForm visit, CancellationToken cancellationToken)
    {
        Visit = visit;
        if (ModelState.IsValid)
        {
            var filed = await reports.FileAsync(visit.ToInput(), users.GetUserId(User)!, cancellationToken);
            if (filed.Succeeded)
            {
                TempData["Status"] = (string.IsNullOrWhiteSpace(visit.FollowUp)
                    ? localizer["Your visit report is filed."]
                    : localizer["Your visit report is filed, and your request for follow-up is with the hotline staff."]).Value;
                return Redirect($"/staff/visits/{filed.Id}");
            }

            ModelState.AddModelError(filed.Field is null ? string.Empty : $"Visit.{filed.Field}", localizer[filed.Error!]);
        }

        Facilities = await cases.FacilitiesAsync(cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
