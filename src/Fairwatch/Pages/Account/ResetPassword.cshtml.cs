using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class ResetPasswordModel(StaffDirectory directory, IStringLocalizer<SharedResource> localizer)
    : SetPasswordPageModel(localizer)
{
    protected override string IncompleteLinkPage => "./ForgotPassword";

    protected override Task<StaffResult> SetPasswordAsync(string email, string token, string password) =>
        directory.ResetPasswordAsync(email, token, password);

    protected override LocalizedString Done(IStringLocalizer<SharedResource> localizer) =>
        localizer["Your password has been changed. Sign in with the new one."];
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
