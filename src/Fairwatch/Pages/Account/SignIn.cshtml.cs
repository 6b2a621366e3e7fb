using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class SignInModel(SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

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

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalOrStaffHome(ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./SignInTwoFactor", new { ReturnUrl });
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? localizer["Too many failed attempts: this account is locked for 15 minutes. You can also reset your password."]
            : localizer["The e-mail address or password is not right."]);
        return Page();
    }

    internal static string LocalOrStaffHome(string? returnUrl) =>
        returnUrl is not null && FairwatchApp.IsLocalUrl(returnUrl) ? returnUrl : "/staff";
}

public sealed class SignInInput
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
