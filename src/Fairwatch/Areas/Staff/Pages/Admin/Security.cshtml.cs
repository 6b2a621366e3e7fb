using Fairwatch.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Admin;

public sealed class SecurityModel(TwoFactorPolicy policy, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlySet<string> Required { get; private set; } = new HashSet<string>();

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync() => Required = await policy.RequiredRolesAsync();

    public async Task<IActionResult> OnPostAsync(List<string> roles)
    {
        await policy.SetRequiredRolesAsync(roles);
        Status = localizer["Saved."];
        return RedirectToPage();
    }
}
