using Fairwatch.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Account;

/// <summary>A page reached from an e-mailed link (e-mail + token) where the person chooses a password.</summary>
public abstract class SetPasswordPageModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Email { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    [TempData]
    public string? Status { get; set; }

    /// <summary>Where to send someone who arrives without a complete link.</summary>
    protected abstract string IncompleteLinkPage { get; }

    protected abstract Task<StaffResult> SetPasswordAsync(string email, string token, string password);

    protected abstract LocalizedString Done(IStringLocalizer<SharedResource> localizer);

    public IActionResult OnGet() => string.IsNullOrEmpty(Email) || string.IsNullOrEmpty(Token) ? RedirectToPage(IncompleteLinkPage) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await SetPasswordAsync(Email, Token, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, localizer[result.Error!]);
            return Page();
        }

        Status = Done(localizer);
        return RedirectToPage("./SignIn");
    }
}
