using Fairwatch.Actions.Cwc;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Lawmakers;
using Fairwatch.Sharing;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Actions;

/// <summary>What a supporter sent from a letter action, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record LetterSubmission(
    string? Zip,
    string? District,
    string? Prefix,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Address1,
    string? Address2,
    string? City,
    string? State,
    string? Subject,
    string? Body,
    string? Trap,
    string? Stamp,
    string Culture,
    Referral? Referral = null);

/// <summary>The answer to a letter: how many messages it became. A caught script gets a receipt and nothing is stored.</summary>
/// <param name="ReferralCode">The writer's code for their share links, stored with the letter.</param>
public sealed record LetterReceipt(ChangeResult Result, int Messages, bool Stored, string? ReferralCode = null)
{
    /// <summary>Everything wrong with what was typed, one problem per field; the <see cref="Result"/> alone otherwise.</summary>
    public IReadOnlyList<ChangeResult> Problems { get; init; } = Result.Succeeded ? [] : [Result];
}

/// <summary>
/// Letters: checks what a supporter sent, and turns one letter into one message per target, each
/// with its own way of delivery, all in one transaction with the outbox e-mail it needs.
/// </summary>
public sealed partial class LetterService(
    FairwatchDb db,
    TimeProvider clock,
    ActionTargeting targeting,
    Outbox outbox,
    EmailTemplates templates,
    ActionStamps stamps,
    IOptions<ActionOptions> options,
    IOptions<CwcOptions> cwc,
    IOptions<OrganisationOptions> organisation,
    IOptions<EmailOptions> email,
    ILogger<LetterService> logger)
{
    /// <summary>The prefixes Congress's contact systems accept.</summary>
    public static readonly IReadOnlyList<string> Prefixes = ["Ms.", "Mr.", "Mrs.", "Miss", "Dr."];

    /// <summary>The delivery agent every House document names.</summary>
    public CwcAgent Agent
    {
        get
        {
            var settings = cwc.Value;
            var org = organisation.Value;
            var contactEmail = NullIfEmpty(org.ContactEmail) ?? email.Value.FromAddress;
            return new CwcAgent(
                NullIfEmpty(settings.DeliveryAgent) ?? org.Name,
                NullIfEmpty(settings.AckEmail) ?? contactEmail,
                NullIfEmpty(settings.ContactName) ?? org.Name,
                NullIfEmpty(settings.ContactEmail) ?? contactEmail,
                NullIfEmpty(settings.ContactPhone),
                org.Name);
        }
    }

    public async Task<LetterReceipt> SubmitAsync(CampaignAction action, LetterSubmission submission, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            LogTrapped(logger, action.Id);
            return new(ChangeResult.Ok(), 0, Stored: false);
        }

        if (action.Kind != ActionKind.Letter || !action.IsPublished)
        {
            return Refused(ChangeResult.Fail("This action does not take letters."));
        }

        var targets = targeting.Find(action.Lawmakers, submission.Zip, submission.District);
        if (targets.Status != TargetLookupStatus.Found)
        {
            return Refused(ChangeResult.Fail("Enter your ZIP code again: we could not tell who your lawmakers are."));
        }

        if (!targets.Lawmakers.Any() && action.FixedTargets.Count == 0)
        {
            return Refused(ChangeResult.Fail("Nobody in Congress represents your ZIP code for this letter, so there is no one to send it to."));
        }

        var letter = Read(action, targets, submission, out var problems);
        if (problems.Count > 0)
        {
            return new(problems[0], 0, Stored: false) { Problems = problems };
        }

        switch (stamps.Check(submission.Stamp, ActionStamps.Letter, action.Id))
        {
            case StampCheck.TooFast:
                return Refused(ChangeResult.Fail("That was quicker than anyone can read and sign a letter. Please check it, then send it again."));
            case StampCheck.Expired:
                return Refused(ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please send your letter again."));
            case StampCheck.Invalid:
                return Refused(ChangeResult.Fail("We could not check this form. Please send your letter again."));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-1);
        var recent = await db.Set<Letter>().CountAsync(l => l.ActionId == action.Id && l.Email == letter!.Email && l.CreatedAt > since, cancellationToken);
        if (recent >= options.Value.LettersPerAddressPerDay)
        {
            return Refused(ChangeResult.Fail("You have already sent this letter today. Thank you: one letter per person counts most."));
        }

        letter!.CreatedAt = now;
        foreach (var target in targets.Senators)
        {
            letter.Deliveries.Add(ToSenator(letter, target.Lawmaker, now));
        }

        foreach (var target in targets.Representatives)
        {
            letter.Deliveries.Add(ToHouse(action, letter, target.Lawmaker, now));
        }

        foreach (var target in action.FixedTargets)
        {
            letter.Deliveries.Add(ToFixed(letter, target, now));
        }

        db.Add(letter.Record(submission.Referral ?? Referral.None));
        await db.SaveChangesAsync(cancellationToken);
        return new(ChangeResult.Ok(letter.Id), letter.Deliveries.Count, Stored: true, letter.ReferralCode);
    }

    /// <summary>The letter as it will be sent, or everything wrong with what was typed.</summary>
    private Letter? Read(CampaignAction action, TargetLookup targets, LetterSubmission submission, out IReadOnlyList<ChangeResult> problem)
    {
        problem = [];
        var toCongress = targets.Lawmakers.Any();
        var prefix = submission.Prefix?.Trim();
        var first = Clean(submission.FirstName);
        var last = Clean(submission.LastName);
        var address = EmailAddresses.Normalise(submission.Email);
        var street = Clean(submission.Address1);
        var street2 = Clean(submission.Address2);
        var city = Clean(submission.City);

        // Where the supporter's lawmakers were looked up, state and ZIP code come from that lookup.
        var looked = targets.District is not null;
        var state = looked ? targets.District!.Value.State : submission.State?.Trim().ToUpperInvariant() ?? "";
        var zip = looked ? targets.Zip! : submission.Zip?.Trim() ?? "";
        var culture = Cultures.Normalise(submission.Culture);
        var templateSubject = action.Subject.In(culture);
        var templateBody = action.Letter.In(culture);
        var subject = action.SupporterMayEdit ? Clean(submission.Subject) : templateSubject;
        var body = action.SupporterMayEdit ? (submission.Body ?? "").ReplaceLineEndings("\n").Trim() : templateBody;

        var problems = new List<ChangeResult>();
        if ((toCongress || !string.IsNullOrEmpty(prefix)) && !Prefixes.Contains(prefix ?? ""))
        {
            problems.Add(ChangeResult.Fail("Choose how Congress should address you: their systems require one of these.", nameof(LetterSubmission.Prefix)));
        }

        if (first.Length == 0)
        {
            problems.Add(ChangeResult.Fail("Enter your first name.", nameof(LetterSubmission.FirstName)));
        }
        else if (first.Length > LetterLimits.NameLength)
        {
            problems.Add(ChangeResult.Fail("Your first name is too long (50 characters at most).", nameof(LetterSubmission.FirstName)));
        }

        if (last.Length == 0)
        {
            problems.Add(ChangeResult.Fail("Enter your last name.", nameof(LetterSubmission.LastName)));
        }
        else if (last.Length > LetterLimits.NameLength)
        {
            problems.Add(ChangeResult.Fail("Your last name is too long (50 characters at most).", nameof(LetterSubmission.LastName)));
        }

        if (address.Length == 0)
        {
            problems.Add(ChangeResult.Fail("Enter your e-mail address.", nameof(LetterSubmission.Email)));
        }
        else if (address.Length > LetterLimits.EmailLength || !EmailAddresses.IsValid(address))
        {
            problems.Add(ChangeResult.Fail("Enter a valid e-mail address.", nameof(LetterSubmission.Email)));
        }

        if (street.Length == 0)
        {
            problems.Add(ChangeResult.Fail("Enter your street address: offices answer only their own constituents.", nameof(LetterSubmission.Address1)));
        }
        else if (street.Length > LetterLimits.AddressLength)
        {
            problems.Add(ChangeResult.Fail("An address line is too long (100 characters at most).", nameof(LetterSubmission.Address1)));
        }

        if (street2.Length > LetterLimits.AddressLength)
        {
            problems.Add(ChangeResult.Fail("An address line is too long (100 characters at most).", nameof(LetterSubmission.Address2)));
        }

        if (city.Length == 0)
        {
            problems.Add(ChangeResult.Fail("Enter your city or town.", nameof(LetterSubmission.City)));
        }
        else if (city.Length > LetterLimits.CityLength)
        {
            problems.Add(ChangeResult.Fail("The name of your city is too long (50 characters at most).", nameof(LetterSubmission.City)));
        }

        if (!Jurisdictions.ByCode.ContainsKey(state))
        {
            problems.Add(ChangeResult.Fail("Choose your state.", nameof(LetterSubmission.State)));
        }

        if (!LawmakerDirectory.TryNormaliseZip(zip, out _))
        {
            problems.Add(ChangeResult.Fail("Enter a ZIP code of 5 digits, for example 20001.", nameof(LetterSubmission.Zip)));
        }

        if (subject.Length == 0)
        {
            problems.Add(ChangeResult.Fail("Write a subject for your letter.", nameof(LetterSubmission.Subject)));
        }
        else if (subject.Length > LetterLimits.SubjectLength)
        {
            problems.Add(ChangeResult.Fail("The subject is too long (200 characters at most).", nameof(LetterSubmission.Subject)));
        }

        if (body.Length == 0)
        {
            problems.Add(ChangeResult.Fail("Write your letter.", nameof(LetterSubmission.Body)));
        }
        else if (body.Length > LetterLimits.BodyLength)
        {
            problems.Add(ChangeResult.Fail("Your letter is too long (5,000 characters at most).", nameof(LetterSubmission.Body)));
        }

        if (problems.Count > 0)
        {
            problem = problems;
            return null;
        }

        return new Letter
        {
            ActionId = action.Id,
            Culture = culture,
            Prefix = string.IsNullOrEmpty(prefix) ? null : prefix,
            FirstName = first,
            LastName = last,
            Email = address,
            Address1 = street,
            Address2 = street2.Length == 0 ? null : street2,
            City = city,
            State = state,
            Zip = zip,
            District = looked && targets.DistrictKnown ? targets.District!.Value.Number : null,
            Subject = subject,
            Body = body,
            Edited = !SameText(subject, templateSubject) || !SameText(body, templateBody),
        };
    }

    /// <summary>The Senate has no API for constituent mail that Fairwatch can use: staff paste it into the office's form.</summary>
    private static Delivery ToSenator(Letter letter, Lawmaker senator, DateTime now) =>
        NewDelivery(letter, TargetKind.Senator, senator, now, DeliveryChannel.ContactForm, DeliveryStatus.NeedsManualDelivery,
            "Waiting for staff to deliver it through the senator's contact form.");

    private Delivery ToHouse(CampaignAction action, Letter letter, Lawmaker member, DateTime now)
    {
        var office = CwcDocument.HouseOffice(member.State, member.District!.Value);
        var delivery = NewDelivery(letter, TargetKind.Representative, member, now, DeliveryChannel.Cwc, DeliveryStatus.Queued, null);
        delivery.OfficeCode = office;
        var document = CwcDocument.Build(Agent, delivery.Key, now, CwcDocument.CampaignId(action), office, letter, action.Topic ?? LibraryOfCongressTopics.Immigration);
        var problems = CwcSchema.Validate(document);
        delivery.CwcDocument = CwcDocument.ToXml(document);
        if (problems.Count > 0)
        {
            // A document the House would refuse is not sent; staff can still deliver the letter by hand.
            var why = "The CWC document is not valid: " + string.Join(" ", problems);
            LogInvalidDocument(logger, office, why);
            delivery.Channel = DeliveryChannel.ContactForm;
            delivery.Status = DeliveryStatus.NeedsManualDelivery;
            delivery.Answer = Truncate(why);
            delivery.History[0].Status = DeliveryStatus.NeedsManualDelivery;
            delivery.History[0].Note = delivery.Answer;
            return delivery;
        }

        delivery.NextAttemptAt = now;
        delivery.History[0].Note = cwc.Value.SubmitsToEndpoint
            ? "Waiting to be submitted to the House's CWC service."
            : "Waiting to be exported in a batch for the House.";
        return delivery;
    }

    private Delivery ToFixed(Letter letter, FixedTarget target, DateTime now)
    {
        var content = templates.Render("action-letter", letter.Culture, new Dictionary<string, string>
        {
            ["subject"] = letter.Subject,
            ["target_name"] = target.Name,
            ["target_title"] = target.Title,
            ["body"] = letter.Body,
            ["name"] = letter.FullName,
            ["address"] = string.Join("\n", new[] { letter.Address1, letter.Address2, $"{letter.City}, {letter.State} {letter.Zip}" }.Where(l => l is not null)),
            ["email"] = letter.Email,
        });
        // Replies go to the supporter, who wrote the letter; the organisation only carries it.
        var message = outbox.Enqueue(db, "action.letter", target.Email, target.Name, content, replyTo: letter.Email);
        var delivery = new Delivery
        {
            Key = Guid.NewGuid(),
            ActionId = letter.ActionId,
            TargetKind = TargetKind.Fixed,
            TargetName = target.Name,
            TargetTitle = target.Title,
            TargetEmail = target.Email,
            Channel = DeliveryChannel.Email,
            Status = DeliveryStatus.Queued,
            OutboxMessage = message,
            CreatedAt = now,
            UpdatedAt = now,
        };
        delivery.History.Add(new DeliveryEvent { At = now, Status = DeliveryStatus.Queued, Actor = DeliveryActors.Supporter, Note = "Waiting in the e-mail outbox." });
        return delivery;
    }

    private static Delivery NewDelivery(Letter letter, TargetKind kind, Lawmaker lawmaker, DateTime now, DeliveryChannel channel, DeliveryStatus status, string? note)
    {
        var delivery = new Delivery
        {
            Key = Guid.NewGuid(),
            ActionId = letter.ActionId,
            TargetKind = kind,
            TargetName = lawmaker.Name,
            TargetTitle = TargetTitle(lawmaker),
            BioguideId = lawmaker.BioguideId,
            ContactForm = lawmaker.ContactForm ?? lawmaker.Website,
            Channel = channel,
            Status = status,
            CreatedAt = now,
            UpdatedAt = now,
        };
        delivery.History.Add(new DeliveryEvent { At = now, Status = status, Actor = DeliveryActors.Supporter, Note = note });
        return delivery;
    }

    /// <summary>How staff see a lawmaker in queues and exports, in English like the data.</summary>
    public static string TargetTitle(Lawmaker lawmaker) => lawmaker.Title switch
    {
        LawmakerTitle.Senator => $"Senator for {Jurisdictions.Get(lawmaker.State).Name}",
        LawmakerTitle.Delegate => $"Delegate for {Jurisdictions.Get(lawmaker.State).Name}",
        LawmakerTitle.ResidentCommissioner => $"Resident Commissioner for {Jurisdictions.Get(lawmaker.State).Name}",
        _ => $"Representative for {DistrictKeys.Format(new District(lawmaker.State, lawmaker.District!.Value))}",
    };

    private static LetterReceipt Refused(ChangeResult problem) => new(problem, 0, Stored: false);

    private static string Clean(string? value) => string.Join(' ', (value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool SameText(string a, string b) =>
        string.Equals(a.ReplaceLineEndings("\n").Trim(), b.ReplaceLineEndings("\n").Trim(), StringComparison.Ordinal);

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Truncate(string value) => value.Length <= 2_000 ? value : value[..2_000];

    [LoggerMessage(Level = LogLevel.Information, Message = "A letter to action {ActionId} filled the hidden field and was discarded.")]
    private static partial void LogTrapped(ILogger logger, int actionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CWC document for {Office} is not valid and goes to the manual queue: {Problems}")]
    private static partial void LogInvalidDocument(ILogger logger, string office, string problems);
}
