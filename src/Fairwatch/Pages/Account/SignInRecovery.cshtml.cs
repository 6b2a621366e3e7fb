using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class SignInRecoveryModel(SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> localizer)
    : SecondFactorPageModel(signIn, localizer)
{
    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInWithCodeAsync(string code) =>
        SignInManager.TwoFactorRecoveryCodeSignInAsync(code);

    protected override LocalizedString WrongCode(IStringLocalizer<SharedResource> localizer) =>
        localizer["That recovery code is not right, or it has been used."];
}
