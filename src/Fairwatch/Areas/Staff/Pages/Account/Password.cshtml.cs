using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Fairwatch.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Account;

public sealed class PasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var changed = await users.ChangePasswordAsync(user, CurrentPassword, Input.Password);
        if (!changed.Succeeded)
        {
            ModelState.AddModelError(nameof(CurrentPassword), changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? localizer["Your current password is not right."]
                : localizer["The new password was not accepted. Use at least 12 characters."]);
            return Page();
        }

        // Changing the password ends other sessions (new security stamp); keep this one.
        await signIn.RefreshSignInAsync(user);
        Status = localizer["Your password has been changed."];
        return RedirectToPage();
    }
}
