using Fairwatch.Events;
using Fairwatch.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pages.Events;

/// <summary>
/// An event and its reply form. Not cached: the form carries an antiforgery token and a fresh
/// stamp (see docs/decisions/0007), and the places left it shows must be the true ones.
/// </summary>
[EnableRateLimiting(EventRateLimitPolicy.Name)]
public sealed class EventModel(EventService events, IOptions<EventOptions> options, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string Confirmed = "confirmed";
    public const string Waitlisted = "waitlisted";
    public const string Already = "already";

    public EventListing Listing { get; private set; } = null!;

    public RsvpForm Rsvp { get; set; } = new();

    /// <summary>After a reply: <see cref="Confirmed"/>, <see cref="Waitlisted"/> or <see cref="Already"/>.</summary>
    public string? Replied { get; private set; }

    public int MaxPartySize => options.Value.MaxPartySize;

    public bool HasStarted => events.HasStarted(Listing.Event);

    public bool HasEnded => events.HasEnded(Listing.Event);

    /// <summary>The share step after a reply: the event, and the person's code.</summary>
    public ShareStep? Share { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        string slug, string? reply, string? code, [FromQuery(Name = "ref")] string? referralCode, string? via, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Replied = reply is Confirmed or Waitlisted or Already ? reply : null;
        Rsvp.Stamp = events.IssueStamp(Listing.Event.Id);
        (Rsvp.Ref, Rsvp.Via) = (referralCode, via);
        Share = Replied is null ? null : ShareStep.After($"/events/{Listing.Event.Slug}", Listing.Event.Title.Current, Listing.Campaign, code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, [FromForm(Name = "Rsvp")] RsvpForm rsvp, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Rsvp = rsvp;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || !string.IsNullOrWhiteSpace(rsvp.Homepage))
        {
            var receipt = await events.ReplyAsync(rsvp.ToSubmission(Listing.Event.Id), cancellationToken);
            if (receipt.Result.Succeeded)
            {
                var outcome = receipt.Outcome switch
                {
                    RsvpOutcome.Waitlisted => Waitlisted,
                    RsvpOutcome.AlreadyReplied => Already,
                    _ => Confirmed,
                };
                // Post/redirect/get, in the language the form was in.
                var language = Request.Query.ContainsKey("lang") ? $"&lang={Uri.EscapeDataString(Request.Query["lang"].ToString())}" : "";
                return Redirect($"/events/{Listing.Event.Slug}?reply={outcome}{language}&code={receipt.ReferralCode}#reply");
            }

            var field = receipt.Result.Field is null ? string.Empty : $"Rsvp.{receipt.Result.Field}";
            ModelState.AddModelError(field, localizer[receipt.Result.Error!]);
        }

        // The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.
        ModelState.Remove("Rsvp.Stamp");
        Rsvp.Stamp = events.RenewStamp(rsvp.Stamp, Listing.Event.Id);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var listing = await events.FindPublishedAsync(slug, cancellationToken);
        if (listing is null)
        {
            return false;
        }

        Listing = listing;
        return true;
    }
}
