using Fairwatch.Events;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Events;

/// <summary>The form to offer to host a screening; not cached, as it carries a form (see docs/decisions/0007).</summary>
[EnableRateLimiting(EventRateLimitPolicy.Name)]
public sealed class HostModel(HostRequestService requests, FilmService films, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public HostForm Host { get; set; } = new();

    public IReadOnlyList<Film> Films { get; private set; } = [];

    public bool Sent { get; private set; }

    public async Task OnGetAsync(bool sent, int? film, CancellationToken cancellationToken)
    {
        Sent = sent;
        Films = await films.ListPublishedAsync(cancellationToken: cancellationToken);
        Host.FilmId = Films.Any(f => f.Id == film) ? film : null;
        Host.Stamp = requests.IssueStamp();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Host")] HostForm host, CancellationToken cancellationToken)
    {
        Host = host;
        if (ModelState.IsValid || !string.IsNullOrWhiteSpace(host.Homepage))
        {
            var result = await requests.SubmitAsync(host.ToSubmission(), cancellationToken);
            if (result.Succeeded)
            {
                var language = Request.Query.ContainsKey("lang") ? $"&lang={Uri.EscapeDataString(Request.Query["lang"].ToString())}" : "";
                return Redirect($"/events/host?sent=true{language}");
            }

            ModelState.AddModelError(result.Field is null ? string.Empty : $"Host.{result.Field}", localizer[result.Error!]);
        }

        ModelState.Remove("Host.Stamp");
        Host.Stamp = requests.RenewStamp(host.Stamp);
        Films = await films.ListPublishedAsync(cancellationToken: cancellationToken);
        return Page();
    }
}
