using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Admin;

public sealed class UserModel(StaffDirectory directory, UserManager<StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    public StaffMember Member { get; private set; } = null!;

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostRolesAsync(List<string> roles) =>
        ApplyAsync(() => directory.SetRolesAsync(Id, roles, users.GetUserId(User)!), localizer["Roles saved."]);

    public Task<IActionResult> OnPostDisableAsync() =>
        ApplyAsync(() => directory.SetDisabledAsync(Id, true, users.GetUserId(User)!), localizer["The account is disabled."]);

    public Task<IActionResult> OnPostEnableAsync() =>
        ApplyAsync(() => directory.SetDisabledAsync(Id, false, users.GetUserId(User)!), localizer["The account is enabled."]);

    public async Task<IActionResult> OnPostResendAsync()
    {
        var inviter = await users.GetUserAsync(User);
        return await ApplyAsync(() => directory.ResendInvitationAsync(Id, inviter!), localizer["Invitation sent again."]);
    }

    private async Task<IActionResult> ApplyAsync(Func<Task<StaffResult>> change, LocalizedString done)
    {
        var result = await change();
        if (result.Succeeded)
        {
            Status = done;
            return RedirectToPage(new { Id });
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        ModelState.AddModelError(string.Empty, localizer[result.Error!]);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var member = await directory.FindAsync(Id);
        if (member is null)
        {
            return false;
        }

        Member = member;
        return true;
    }
}
