using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Admin;

public sealed record RoleChoices(string FieldName, IReadOnlyCollection<string> Selected);

public sealed class UsersModel(StaffDirectory directory, UserManager<StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<StaffMember> Members { get; private set; } = [];

    [BindProperty]
    public InviteInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync() => Members = await directory.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var inviter = await users.GetUserAsync(User);
            var result = await directory.InviteAsync(Input.Email, Input.DisplayName, Input.Culture, Input.Roles, inviter!);
            if (result.Succeeded)
            {
                Status = localizer["Invitation sent to {0}.", Input.Email.Trim()];
                return RedirectToPage();
            }

            ModelState.AddModelError(string.Empty, localizer[result.Error!]);
        }

        Members = await directory.ListAsync();
        return Page();
    }

    public static string StatusOf(StaffMember member) => member switch
    {
        { IsDisabled: true } => "Disabled",
        { IsLockedOut: true } => "Locked out",
        { HasAcceptedInvitation: false } => "Invited",
        _ => "Active",
    };
}

public sealed class InviteInput
{
    [Required(ErrorMessage = "Enter an e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(200, ErrorMessage = "That name is too long.")]
    [Display(Name = "Name")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Language for e-mails")]
    public string Culture { get; set; } = "en";

    [MinLength(1, ErrorMessage = "Choose at least one role.")]
    public List<string> Roles { get; set; } = [];
}
