using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

/// <summary>The second step of a two-factor sign-in: open only after the password step succeeded.</summary>
public abstract class SecondFactorPageModel(SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    protected SignInManager<StaffUser> SignInManager => signIn;

    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInWithCodeAsync(string code);

    protected abstract LocalizedString WrongCode(IStringLocalizer<SharedResource> localizer);

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

        var result = await SignInWithCodeAsync(Input.Code.Replace(" ", "", StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(SignInModel.LocalOrStaffHome(ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? localizer["Too many failed attempts: this account is locked for 15 minutes. You can also reset your password."]
            : WrongCode(localizer));
        return Page();
    }
}
