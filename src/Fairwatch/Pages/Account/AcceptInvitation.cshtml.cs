using Fairwatch.Accounts;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class AcceptInvitationModel(StaffDirectory directory, IStringLocalizer<SharedResource> localizer)
    : SetPasswordPageModel(localizer)
{
    protected override string IncompleteLinkPage => "./SignIn";

    protected override Task<StaffResult> SetPasswordAsync(string email, string token, string password) =>
        directory.AcceptInvitationAsync(email, token, password);

    protected override LocalizedString Done(IStringLocalizer<SharedResource> localizer) =>
        localizer["Your account is ready. Sign in with your new password."];
}
