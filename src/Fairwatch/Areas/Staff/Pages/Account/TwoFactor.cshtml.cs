using System.Text;
using Fairwatch.Accounts;
using Fairwatch.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using QRCoder;

namespace Fairwatch.Areas.Staff.Pages.Account;

public sealed class TwoFactorModel(
    UserManager<StaffUser> users,
    SignInManager<StaffUser> signIn,
    TwoFactorPolicy policy,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public bool Enabled { get; private set; }

    public bool Required { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string QrCodeDataUri { get; private set; } = "";

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [TempData]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", localizer["That code is not right. Codes change every 30 seconds: enter the one shown now."]);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.RefreshSignInAsync(user);
        Enabled = true;
        Status = localizer["Two-factor sign-in is on."];
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Challenge();
        }

        if (Required)
        {
            Status = localizer["Your role requires two-factor sign-in, so it cannot be turned off."];
            return RedirectToPage();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        Status = localizer["Two-factor sign-in is off."];
        return RedirectToPage();
    }

    private async Task<StaffUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }

        Enabled = user.TwoFactorEnabled;
        Required = await policy.IsRequiredForAsync(await users.GetRolesAsync(user));
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
        if (!Enabled)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }

            SharedKey = FormatKey(key!);
            QrCodeDataUri = QrCode(AuthenticatorUri(user.Email!, key!));
        }

        return user;
    }

    internal static string AuthenticatorUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString("Fairwatch")}:{Uri.EscapeDataString(email)}?secret={key}&issuer=Fairwatch&digits=6";

    private static string FormatKey(string key)
    {
        var formatted = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            formatted.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return formatted.ToString().TrimEnd().ToLowerInvariant();
    }

    private static string QrCode(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
