using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class SignInTwoFactorModel(SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("./SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./SignIn");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.LocalOrStaffHome(ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? localizer["Too many failed attempts: this account is locked for 15 minutes. You can also reset your password."]
            : localizer["That code is not right. Codes change every 30 seconds: enter the one shown now."]);
        return Page();
    }
}

public sealed class CodeInput
{
    [Required(ErrorMessage = "Enter the code.")]
    [StringLength(64, ErrorMessage = "That code is too long.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";
}
