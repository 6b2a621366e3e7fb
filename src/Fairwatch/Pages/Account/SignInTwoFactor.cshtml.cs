using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class SignInTwoFactorModel(SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> localizer)
    : SecondFactorPageModel(signIn, localizer)
{
    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInWithCodeAsync(string code) =>
        // Some apps show "123-456".
        SignInManager.TwoFactorAuthenticatorSignInAsync(code.Replace("-", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);

    protected override LocalizedString WrongCode(IStringLocalizer<SharedResource> localizer) =>
        localizer["That code is not right. Codes change every 30 seconds: enter the one shown now."];
}

public sealed class CodeInput
{
    [Required(ErrorMessage = "Enter the code.")]
    [StringLength(64, ErrorMessage = "That code is too long.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";
}
