using Fairwatch.Campaigns;
using Fairwatch.Cases;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Cases;

/// <summary>One case: what was reported, its workflow, owner, tasks, notes and history. Each opening is audited.</summary>
public sealed class CaseModel(CaseService cases, UserManager<Accounts.StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public CaseView View { get; private set; } = null!;

    public IReadOnlyList<StaffChoice> Caseworkers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(CaseStatus status, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(cases.MoveAsync(Id, status, note, ActorId, cancellationToken), localizer["Status changed."], cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(string? owner, CancellationToken cancellationToken) =>
        ApplyAsync(cases.AssignAsync(Id, owner, ActorId, cancellationToken), localizer["Owner changed."], cancellationToken);

    public Task<IActionResult> OnPostUrgencyAsync(CaseUrgency urgency, CancellationToken cancellationToken) =>
        ApplyAsync(cases.SetUrgencyAsync(Id, urgency, ActorId, cancellationToken), localizer["Urgency changed."], cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string? text, CancellationToken cancellationToken) =>
        ApplyAsync(cases.AddNoteAsync(Id, text, ActorId, cancellationToken), localizer["Note added."], cancellationToken);

    public Task<IActionResult> OnPostTaskAsync(string? title, DateOnly? dueOn, string? assignee, CancellationToken cancellationToken) =>
        ApplyAsync(cases.AddTaskAsync(Id, title, dueOn, assignee, ActorId, cancellationToken), localizer["Task added."], cancellationToken);

    public Task<IActionResult> OnPostDoneAsync(long taskId, CancellationToken cancellationToken) =>
        ApplyAsync(cases.CompleteTaskAsync(Id, taskId, ActorId, cancellationToken), localizer["Task done."], cancellationToken);

    private string ActorId => users.GetUserId(User)!;

    private async Task<IActionResult> ApplyAsync(Task<ChangeResult> change, LocalizedString done, CancellationToken cancellationToken) =>
        await this.ApplyAsync(change, done, $"/staff/cases/{Id}", () => ShowAsync(cancellationToken), localizer);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (await cases.OpenAsync(Id, ActorId, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        Caseworkers = await cases.CaseworkersAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
