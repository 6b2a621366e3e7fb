using Fairwatch.Cases;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Hotline;

/// <summary>Hotline call intake: each call becomes a new case.</summary>
public sealed class CallModel(CaseService cases, UserManager<Accounts.StaffUser> users, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public CallForm Call { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Facilities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Call = new CallForm { Date = DateOnly.FromDateTime(now), Time = new TimeOnly(now.Hour, now.Minute) };
        Facilities = await cases.FacilitiesAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Call")] CallForm call, CancellationToken cancellationToken)
    {
        Call = call;
        if (ModelState.IsValid)
        {
            var logged = await cases.LogCallAsync(call.ToIntake(), users.GetUserId(User)!, cancellationToken);
            if (logged.Succeeded)
            {
                TempData["Status"] = localizer["The call is logged as a new case."].Value;
                return Redirect($"/staff/cases/{logged.Id}");
            }

            ModelState.AddModelError(logged.Field is null ? string.Empty : $"Call.{logged.Field}", localizer[logged.Error!]);
        }

        Facilities = await cases.FacilitiesAsync(cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
