using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class ResetPasswordModel(StaffDirectory directory, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public IActionResult OnGet() => string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Token) ? RedirectToPage("./ForgotPassword") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await directory.ResetPasswordAsync(Email, Token, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, localizer[result.Error!]);
            return Page();
        }

        Status = localizer["Your password has been changed. Sign in with the new one."];
        return RedirectToPage("./SignIn");
    }
}

public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "Enter a new password.")]
    [StringLength(200, MinimumLength = 12, ErrorMessage = "Use at least 12 characters.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Enter the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
