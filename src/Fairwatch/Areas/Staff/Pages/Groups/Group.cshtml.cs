using Fairwatch.Campaigns;
using Fairwatch.Cases;
using Fairwatch.Visits;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Groups;

/// <summary>One visitation group: its details, adopted facilities, volunteers, and the visits it publishes.</summary>
public sealed class GroupModel(
    VisitGroupService groups, VisitSlotService slots, CaseService cases, UserManager<Accounts.StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public VisitGroupDetail Detail { get; private set; } = null!;

    public GroupForm Group { get; set; } = new();

    public SlotForm Slot { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> OtherFacilities { get; private set; } = [];

    public IReadOnlyList<GroupMemberRow> Candidates { get; private set; } = [];

    public IReadOnlyList<VisitSlotRow> Visits { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostUpdateAsync([FromForm(Name = "Group")] GroupForm form, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var saved = await groups.UpdateAsync(Id, form.ToInput(), cancellationToken);
            if (saved.Succeeded)
            {
                TempData["Status"] = localizer["The group is saved."].Value;
                return Redirect($"/staff/groups/{Id}");
            }

            ModelState.AddProblem(nameof(Group), saved, localizer);
        }

        Group = form;
        return BadRequestPage(await ShowAsync(form, cancellationToken));
    }

    public async Task<IActionResult> OnPostPublishAsync([FromForm(Name = "Slot")] SlotForm form, CancellationToken cancellationToken)
    {
        Slot = form;
        if (ModelState.IsValid)
        {
            var published = await slots.PublishAsync(Id, form.ToInput(), cancellationToken);
            if (published.Succeeded)
            {
                TempData["Status"] = localizer["The visit is published, and the group's volunteers are told by e-mail."].Value;
                return Redirect($"/staff/slots/{published.Id}");
            }

            ModelState.AddProblem(nameof(Slot), published, localizer);
        }

        return BadRequestPage(await ShowAsync(null, cancellationToken));
    }

    public Task<IActionResult> OnPostAdoptAsync(int? facilityId, CancellationToken cancellationToken) =>
        ApplyAsync(groups.AdoptAsync(Id, facilityId, cancellationToken), localizer["The facility is adopted: its public page names the group."], cancellationToken);

    public Task<IActionResult> OnPostReleaseAsync(int facilityId, CancellationToken cancellationToken) =>
        ApplyAsync(groups.ReleaseAsync(Id, facilityId, cancellationToken), localizer["The facility is released."], cancellationToken);

    public Task<IActionResult> OnPostAddMemberAsync(string? userId, CancellationToken cancellationToken) =>
        ApplyAsync(groups.AddMemberAsync(Id, userId, cancellationToken), localizer["The volunteer is in the group."], cancellationToken);

    public Task<IActionResult> OnPostRemoveMemberAsync(string userId, CancellationToken cancellationToken) =>
        ApplyAsync(groups.RemoveMemberAsync(Id, userId, cancellationToken), localizer["The volunteer is out of the group and off its visits to come."], cancellationToken);

    private async Task<IActionResult> ApplyAsync(Task<ChangeResult> change, LocalizedString done, CancellationToken cancellationToken) =>
        await this.ApplyAsync(change, done, $"/staff/groups/{Id}", () => ShowAsync(null, cancellationToken), localizer);

    private async Task<IActionResult> ShowAsync(GroupForm? form, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(Id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Group = form ?? new GroupForm { Name = detail.Group.Name, Area = detail.Group.Area, TimeZoneId = detail.TimeZoneId };
        var adopted = detail.Facilities.Select(f => f.Id).ToHashSet();
        OtherFacilities = [.. (await cases.FacilitiesAsync(cancellationToken)).Where(f => !adopted.Contains(f.Id))];
        Candidates = await groups.CandidatesAsync(Id, cancellationToken);
        Visits = await slots.UpcomingAsync(users.GetUserId(User)!, all: true, Id, cancellationToken);
        return Page();
    }

    private static IActionResult BadRequestPage(IActionResult shown)
    {
        if (shown is PageResult page)
        {
            page.StatusCode = StatusCodes.Status400BadRequest;
        }

        return shown;
    }
}
