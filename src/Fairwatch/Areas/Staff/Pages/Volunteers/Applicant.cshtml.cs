using Fairwatch.Campaigns;
using Fairwatch.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Volunteers;

/// <summary>One applicant: their answers, their step, and coordinators' notes (sealed, and every opening audited).</summary>
public sealed class ApplicantModel(VolunteerService volunteers, UserManager<Accounts.StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public VolunteerApplication Application { get; private set; } = null!;

    public IReadOnlyList<ApplicantNoteView> Notes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(ApplicantStatus status, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(volunteers.MoveAsync(Id, status, note, users.GetUserId(User)!, cancellationToken), localizer["Step changed."], cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string? note, CancellationToken cancellationToken) =>
        ApplyAsync(volunteers.NoteAsync(Id, note, users.GetUserId(User)!, cancellationToken), localizer["Note added."], cancellationToken);

    private async Task<IActionResult> ApplyAsync(Task<ChangeResult> change, LocalizedString done, CancellationToken cancellationToken) =>
        await this.ApplyAsync(change, done, $"/staff/volunteers/{Id}", () => ShowAsync(cancellationToken), localizer);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (await volunteers.OpenAsync(Id, users.GetUserId(User)!, cancellationToken) is not { } opened)
        {
            return NotFound();
        }

        (Application, Notes) = opened;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
