using Fairwatch.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Events;

/// <summary>
/// A reply as its owner sees it, through the secret link in their e-mails. Opening the link
/// changes nothing (mail scanners open links); cancelling takes a press of the button, a POST.
/// </summary>
[EnableRateLimiting(EventRateLimitPolicy.Name)]
public sealed class ReplyModel(EventService events, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ReplyView View { get; private set; } = null!;

    public bool JustCancelled { get; private set; }

    public bool HasStarted => events.HasStarted(View.Event);

    public async Task<IActionResult> OnGetAsync(string token, bool cancelled, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(token, cancellationToken))
        {
            return NotFound();
        }

        JustCancelled = cancelled && View.Reply.Status == RsvpStatus.Cancelled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var result = await events.CancelReplyAsync(token, cancellationToken);
        if (!result.Succeeded)
        {
            if (!await LoadAsync(token, cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, localizer[result.Error!]);
            return Page();
        }

        var language = Request.Query.ContainsKey("lang") ? $"&lang={Uri.EscapeDataString(Request.Query["lang"].ToString())}" : "";
        return Redirect($"/events/replies/{Uri.EscapeDataString(token)}?cancelled=true{language}");
    }

    private async Task<bool> LoadAsync(string token, CancellationToken cancellationToken)
    {
        var view = await events.FindReplyAsync(token, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }
}
