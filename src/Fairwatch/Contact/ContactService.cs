using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Contact;

public enum ContactTopic
{
    General = 0,
    Press = 1,
    Screenings = 2,
    Other = 3,
}

/// <summary>What a visitor sent, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record ContactSubmission(
    string? Name, string? Email, ContactTopic? Topic, string? Message, string? Trap, string? Stamp, string Culture);

public static class ContactLimits
{
    public const int NameLength = 100;
    public const int MessageLength = 5_000;
}

/// <summary>
/// The contact form: checks a message and hands it to the outbox, addressed to the organisation
/// with the sender as Reply-To. Nothing else is stored: no table of messages, no IP address. The
/// outbox row is the only copy; it is needed until the message is delivered (and retried), and it
/// is deleted <see cref="ContactOptions.KeepSentDays"/> days after delivery (see docs/decisions/0009).
/// </summary>
public sealed class ContactService(
    FairwatchDb db,
    Outbox outbox,
    EmailTemplates templates,
    TimeProvider clock,
    IDataProtectionProvider protection,
    IOptions<ContactOptions> options,
    IOptions<OrganisationOptions> organisation,
    ILogger<ContactService> logger)
{
    public const string OutboxKind = "contact.message";
    private const string StampSubject = "contact";

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Contact.FormStamp.v1", clock);

    private ContactOptions Options => options.Value;

    private TimeSpan MinimumAge => TimeSpan.FromSeconds(Options.MinimumSecondsToSubmit);

    private TimeSpan Lifetime => TimeSpan.FromHours(Options.FormLifetimeHours);

    /// <summary>False until an administrator sets Organisation:ContactEmail: with nowhere to send it, the form is not offered.</summary>
    public bool IsAvailable => !string.IsNullOrWhiteSpace(organisation.Value.ContactEmail);

    public string IssueStamp() => _stamps.Issue(StampSubject);

    /// <summary>The stamp to put back in a form shown again: the same one while it is still good, so a quick correction is not "too fast".</summary>
    public string RenewStamp(string? stamp) => _stamps.Renew(stamp, StampSubject, MinimumAge, Lifetime);

    /// <summary>
    /// Checks the message and enqueues it for staff. A submission caught by the honeypot succeeds
    /// without anything being sent, so that a script learns nothing from the answer.
    /// </summary>
    public async Task<ChangeResult> SendAsync(ContactSubmission submission, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            logger.LogInformation("A contact message filled the hidden field and was discarded.");
            return ChangeResult.Ok();
        }

        if (!IsAvailable)
        {
            return ChangeResult.Fail("The contact form is not available at the moment.");
        }

        // One line, whatever a script sends: the name goes into the e-mail's subject.
        var name = string.Join(' ', (submission.Name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();
        name = new string([.. name.Where(c => !char.IsControl(c))]);
        var email = EmailAddresses.Normalise(submission.Email);
        var message = (submission.Message ?? "").ReplaceLineEndings("\n").Trim();
        if (Validate(name, email, submission.Topic, message) is { } invalid)
        {
            return invalid;
        }

        switch (_stamps.Check(submission.Stamp, StampSubject, MinimumAge, Lifetime))
        {
            case StampCheck.TooFast:
                return ChangeResult.Fail("That was quicker than anyone can write. Please read your message over, then send it again.");
            case StampCheck.Expired:
                return ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please send your message again.");
            case StampCheck.Invalid:
                return ChangeResult.Fail("We could not check this form. Please send your message again.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-1);
        // Counted from the outbox itself: the messages are there anyway, so the limit keeps nothing extra.
        var recent = await db.OutboxMessages.CountAsync(m => m.Kind == OutboxKind && m.ReplyToAddress == email && m.CreatedAt > since, cancellationToken);
        if (recent >= Options.PerAddressPerHour)
        {
            return ChangeResult.Fail("You have sent several messages in the last hour. Please wait a while before sending another.");
        }

        var language = Cultures.Normalise(Options.StaffLanguage);
        var content = templates.Render("contact-message", language, new Dictionary<string, string>
        {
            ["name"] = name,
            ["email"] = email,
            ["topic"] = TopicName(submission.Topic!.Value, language),
            ["language"] = LanguageName(Cultures.Normalise(submission.Culture), language),
            ["message"] = message,
            ["days"] = Options.KeepSentDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var org = organisation.Value;
        outbox.Enqueue(db, OutboxKind, org.ContactEmail!, org.Name, content, replyTo: email);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok();
    }

    /// <summary>Deletes delivered contact messages older than <see cref="ContactOptions.KeepSentDays"/>: the organisation's mailbox has them.</summary>
    public Task<int> PurgeDeliveredAsync(CancellationToken cancellationToken = default) =>
        Outbox.DeleteSentAsync(db, OutboxKind, clock.GetUtcNow().UtcDateTime.AddDays(-Options.KeepSentDays), cancellationToken);

    private ChangeResult? Validate(string name, string email, ContactTopic? topic, string message)
    {
        if (name.Length == 0)
        {
            return ChangeResult.Fail("Enter your name.", nameof(ContactSubmission.Name));
        }

        if (name.Length > ContactLimits.NameLength)
        {
            return ChangeResult.Fail("Your name is too long (100 characters at most).", nameof(ContactSubmission.Name));
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(ContactSubmission.Email));
        }

        if (!EmailAddresses.IsValid(email))
        {
            return ChangeResult.Fail("Enter a valid e-mail address.", nameof(ContactSubmission.Email));
        }

        if (topic is not { } chosen || !Enum.IsDefined(chosen))
        {
            return ChangeResult.Fail("Choose what your message is about.", nameof(ContactSubmission.Topic));
        }

        if (message.Length == 0)
        {
            return ChangeResult.Fail("Write your message.", nameof(ContactSubmission.Message));
        }

        if (message.Length > ContactLimits.MessageLength)
        {
            return ChangeResult.Fail("Your message is too long (5,000 characters at most).", nameof(ContactSubmission.Message));
        }

        if (CommentService.CountLinks(message) > Options.MaxLinks)
        {
            return ChangeResult.Fail("Your message has too many links. Please remove some and send it again.", nameof(ContactSubmission.Message));
        }

        return null;
    }

    // The e-mail is for staff, in their language, whatever language the visitor wrote in.
    private static string TopicName(ContactTopic topic, string language) => (topic, language == Cultures.Spanish) switch
    {
        (ContactTopic.Press, false) => "Press",
        (ContactTopic.Press, true) => "Prensa",
        (ContactTopic.Screenings, false) => "Screenings",
        (ContactTopic.Screenings, true) => "Proyecciones",
        (ContactTopic.Other, false) => "Other",
        (ContactTopic.Other, true) => "Otro",
        (_, false) => "General",
        (_, true) => "General",
    };

    private static string LanguageName(string written, string language) => (written == Cultures.Spanish, language == Cultures.Spanish) switch
    {
        (true, false) => "Spanish",
        (true, true) => "español",
        (false, false) => "English",
        (false, true) => "inglés",
    };
}
