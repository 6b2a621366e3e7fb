using Fairwatch.Contact;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pages.Contact;

/// <summary>
/// The contact form. Not cached: it carries an antiforgery token and a fresh time stamp (see
/// docs/decisions/0007). Messages reach staff through the outbox (see <see cref="ContactService"/>).
/// </summary>
[EnableRateLimiting(ContactSetup.RateLimitPolicy)]
public sealed class IndexModel(ContactService contact, IOptions<ContactOptions> options, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ContactForm Contact { get; set; } = new();

    public bool Sent { get; private set; }

    public bool IsAvailable => contact.IsAvailable;

    public int KeepSentDays => options.Value.KeepSentDays;

    public void OnGet(string? topic, string? sent)
    {
        Sent = sent == "1";
        // Links such as /contact?topic=press from the press page choose the topic for the visitor.
        Contact.Topic = Enum.TryParse<ContactTopic>(topic, ignoreCase: true, out var chosen) && Enum.IsDefined(chosen) ? chosen : null;
        Contact.Stamp = contact.IssueStamp();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Contact")] ContactForm form, CancellationToken cancellationToken)
    {
        Contact = form;
        // The service checks the honeypot first, before any field: a script must not learn from error messages.
        if (ModelState.IsValid || form.IsTrapped)
        {
            var sent = await contact.SendAsync(form.ToSubmission(Cultures.Current), cancellationToken);
            if (sent.Succeeded)
            {
                // Post/redirect/get: reloading the thank-you page does not send the message again.
                return Redirect("/contact?sent=1");
            }

            ModelState.AddModelError(sent.Field is null ? string.Empty : $"Contact.{sent.Field}", localizer[sent.Error!]);
        }

        // The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.
        ModelState.Remove("Contact.Stamp");
        Contact.Stamp = contact.RenewStamp(form.Stamp);
        return Page();
    }
}
