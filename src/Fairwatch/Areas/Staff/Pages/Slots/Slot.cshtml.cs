using Fairwatch.Areas.Staff.Pages.Visits;
using Fairwatch.Campaigns;
using Fairwatch.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Slots;

/// <summary>
/// One visit: volunteers of its group sign up or give their place back; coordinators see who is
/// going and can call it off. A volunteer of another group gets "not found".
/// </summary>
public sealed class SlotModel(
    VisitSlotService slots, UserManager<Accounts.StaffUser> users, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public VisitSlotView Visit { get; private set; } = null!;

    public bool SeesAll { get; private set; }

    /// <summary>Not called off and not started: places can still be taken and given back.</summary>
    public bool ToCome => Visit.Slot.CancelledAt is null && Visit.Slot.StartsAt > clock.GetUtcNow().UtcDateTime;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostSignUpAsync(CancellationToken cancellationToken) =>
        ApplyAsync(slots.SignUpAsync(Id, UserId, cancellationToken), localizer["You are signed up. A reminder comes by e-mail the day before."], cancellationToken);

    public Task<IActionResult> OnPostLeaveAsync(CancellationToken cancellationToken) =>
        ApplyAsync(slots.LeaveAsync(Id, UserId, cancellationToken), localizer["Your place is given back."], cancellationToken);

    public Task<IActionResult> OnPostCallOffAsync(CancellationToken cancellationToken) =>
        VisitAccess.SeesAllReports(User)
            ? ApplyAsync(slots.CallOffAsync(Id, cancellationToken), localizer["The visit is called off, and everyone signed up is told by e-mail."], cancellationToken)
            : Task.FromResult<IActionResult>(Forbid());

    private string UserId => users.GetUserId(User)!;

    private async Task<IActionResult> ApplyAsync(Task<ChangeResult> change, LocalizedString done, CancellationToken cancellationToken) =>
        await this.ApplyAsync(change, done, $"/staff/slots/{Id}", () => ShowAsync(cancellationToken), localizer);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        SeesAll = VisitAccess.SeesAllReports(User);
        if (await slots.FindAsync(Id, UserId, SeesAll, cancellationToken) is not { } visit)
        {
            return NotFound();
        }

        Visit = visit;
        return Page();
    }
}
