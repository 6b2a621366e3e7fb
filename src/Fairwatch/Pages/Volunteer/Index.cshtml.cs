using Fairwatch.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Volunteer;

/// <summary>The public application to become a visitation volunteer. Not cached: it carries an antiforgery token and a fresh stamp.</summary>
[EnableRateLimiting(VolunteerRateLimitPolicy.Name)]
public sealed class IndexModel(VolunteerService volunteers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ApplicationForm Application { get; set; } = new();

    public void OnGet() => Application.Stamp = volunteers.IssueStamp();

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Application")] ApplicationForm application, CancellationToken cancellationToken)
    {
        Application = application;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || application.IsTrapped)
        {
            var applied = await volunteers.ApplyAsync(application.ToSubmission(), cancellationToken);
            if (applied.Succeeded)
            {
                return Redirect("/volunteer/thanks" + (Request.Query.ContainsKey("lang") ? $"?lang={Uri.EscapeDataString(Request.Query["lang"].ToString())}" : ""));
            }

            ModelState.AddModelError(applied.Field is null ? string.Empty : $"Application.{applied.Field}", localizer[applied.Error!]);
        }

        ModelState.Remove("Application.Stamp");
        Application.Stamp = volunteers.RenewStamp(application.Stamp);
        return Page();
    }
}
