using Fairwatch.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class AcceptInvitationModel(StaffDirectory directory, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    public IActionResult OnGet() => string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Token) ? RedirectToPage("./SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await directory.AcceptInvitationAsync(Email, Token, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, localizer[result.Error!]);
            return Page();
        }

        Status = localizer["Your account is ready. Sign in with your new password."];
        return RedirectToPage("./SignIn");
    }
}
