using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Fairwatch.Pages.Account;

[EnableRateLimiting(RateLimits.AccountForms)]
public sealed class ForgotPasswordModel(StaffDirectory directory) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await directory.RequestPasswordResetAsync(Input.Email);
        Sent = true;
        return Page();
    }
}

public sealed class EmailInput
{
    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(256, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";
}
