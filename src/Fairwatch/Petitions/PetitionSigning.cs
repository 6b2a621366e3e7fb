using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Lawmakers;
using Fairwatch.Sharing;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Fairwatch.Petitions;

/// <summary>What a visitor sent, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record SignatureSubmission(
    string? FirstName, string? LastName, string? Email, string? Zip, string? Comment, bool ShowName, bool WantsUpdates, string? Trap, string? Stamp,
    Referral? Referral = null);

public enum SigningOutcome
{
    Signed,
    AlreadySigned,
    Closed,

    /// <summary>Something in the form is wrong; <see cref="SigningReceipt.Problem"/> says what, and nothing was stored.</summary>
    Refused,

    /// <summary>The database could not take the signature just now; nothing was stored.</summary>
    Unavailable,
}

/// <param name="ReferralCode">The code for the signer's share links: stored with the signature when it was new; fresh and unstored otherwise, so it reveals nothing about an earlier signature.</param>
public sealed record SigningReceipt(SigningOutcome Outcome, ChangeResult? Problem = null, string? ReferralCode = null);

/// <summary>
/// Signing a petition: the public form's defences (honeypot, signed time stamp; the per-address
/// limit is the <see cref="PetitionRateLimitPolicy"/> on the pages), the checks of every field,
/// and the hand-over to the batching <see cref="ActionWriter"/>, which answers once the
/// signature is durably stored.
/// </summary>
public sealed partial class PetitionSigning(
    ActionWriter writer,
    SignatureWriter signatures,
    LawmakerDirectory lawmakers,
    PetitionMailer mailer,
    IServiceScopeFactory scopes,
    IMemoryCache cache,
    IDataProtectionProvider protection,
    TimeProvider clock,
    IOptions<PetitionOptions> options,
    ILogger<PetitionSigning> logger)
{
    /// <summary>
    /// How long an instance keeps a petition's signing details in memory. It only spares each
    /// signature a query: the writer checks again, in its transaction, that the petition takes
    /// signatures, so a petition closed on another instance refuses them at once all the same.
    /// </summary>
    public static readonly TimeSpan TargetLifetime = TimeSpan.FromSeconds(5);

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Petitions.FormStamp.v1", clock);

    /// <summary>The published petition a signature is for, from memory when this instance looked it up in the last few seconds.</summary>
    public async Task<SigningTarget?> FindTargetAsync(string slug, CancellationToken cancellationToken = default)
    {
        if (cache.TryGetValue(TargetKey(slug), out SigningTarget? known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var target = await scope.ServiceProvider.GetRequiredService<PetitionService>().FindSigningTargetAsync(slug, cancellationToken);
        if (target is not null)
        {
            cache.Set(TargetKey(slug), target, TargetLifetime);
        }

        return target;
    }

    /// <summary>Drops what this instance remembers of a petition, after staff change it.</summary>
    public void Forget(string slug) => cache.Remove(TargetKey(slug));

    public string IssueStamp(int petitionId) => _stamps.Issue(StampSubject(petitionId));

    public StampCheck CheckStamp(string? stamp, int petitionId) => _stamps.Check(stamp, StampSubject(petitionId), options.Value.MinimumAge, options.Value.FormLifetime);

    /// <summary>The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.</summary>
    public string RenewStamp(string? stamp, int petitionId) => _stamps.Renew(stamp, StampSubject(petitionId), options.Value.MinimumAge, options.Value.FormLifetime);

    public async Task<SigningReceipt> SignAsync(SigningTarget petition, SignatureSubmission submission, string culture, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            // Thanked like a person, so that a script learns nothing; nothing is stored.
            LogTrapped(logger, petition.Id);
            return new(SigningOutcome.Signed, ReferralCode: Referrals.NewCode());
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!petition.TakesSignatures(now))
        {
            return new(SigningOutcome.Closed);
        }

        var firstName = submission.FirstName?.Trim() ?? "";
        var lastName = submission.LastName?.Trim() ?? "";
        var email = EmailAddresses.Normalise(submission.Email);
        var comment = submission.Comment?.ReplaceLineEndings("\n").Trim() ?? "";
        var problem = Validate(firstName, lastName, email, submission.Zip, comment, out var zip);
        if (problem is not null)
        {
            return new(SigningOutcome.Refused, problem);
        }

        problem = CheckStamp(submission.Stamp, petition.Id) switch
        {
            StampCheck.TooFast => ChangeResult.Fail("That was quicker than anyone can fill in the form. Please check your details, then sign again."),
            StampCheck.Expired => ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please sign again."),
            StampCheck.Invalid => ChangeResult.Fail("We could not check this form. Please sign again."),
            _ => null,
        };
        if (problem is not null)
        {
            return new(SigningOutcome.Refused, problem);
        }

        var zipText = zip.ToString("D5", CultureInfo.InvariantCulture);
        var code = Referrals.NewCode();
        var referral = submission.Referral ?? Referral.None;
        var states = lawmakers.Lookup(zipText).States;
        var request = new SignatureRequest(
            petition.Id, firstName, lastName, email, zipText, states.Length == 1 ? states[0] : null,
            comment.Length == 0 ? null : comment, submission.ShowName, submission.WantsUpdates, Cultures.Normalise(culture), now,
            code, referral.Code, referral.Channel);

        SignatureOutcome outcome;
        try
        {
            outcome = await writer.WriteAsync(signatures, request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnavailable(logger, petition.Id, e);
            return new(SigningOutcome.Unavailable);
        }

        if (outcome == SignatureOutcome.Signed)
        {
            mailer.Wake();
        }

        return new(outcome switch
        {
            SignatureOutcome.Signed => SigningOutcome.Signed,
            SignatureOutcome.AlreadySigned => SigningOutcome.AlreadySigned,
            _ => SigningOutcome.Closed,
        }, ReferralCode: code);
    }

    private static ChangeResult? Validate(string firstName, string lastName, string email, string? zipInput, string comment, out int zip)
    {
        zip = 0;
        if (firstName.Length == 0)
        {
            return ChangeResult.Fail("Enter your first name.", nameof(SignatureSubmission.FirstName));
        }

        if (lastName.Length == 0)
        {
            return ChangeResult.Fail("Enter your last name.", nameof(SignatureSubmission.LastName));
        }

        foreach (var (name, field) in new[] { (firstName, nameof(SignatureSubmission.FirstName)), (lastName, nameof(SignatureSubmission.LastName)) })
        {
            if (name.Length > PetitionLimits.NameLength)
            {
                return ChangeResult.Fail("Your name is too long (80 characters at most).", field);
            }

            if (CommentService.CountLinks(name) > 0 || name.Contains("://", StringComparison.Ordinal))
            {
                return ChangeResult.Fail("A name cannot contain a web address.", field);
            }
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(SignatureSubmission.Email));
        }

        if (email.Length > PetitionLimits.EmailLength || !EmailAddresses.IsValid(email))
        {
            return ChangeResult.Fail("Enter a valid e-mail address.", nameof(SignatureSubmission.Email));
        }

        if (string.IsNullOrWhiteSpace(zipInput))
        {
            return ChangeResult.Fail("Enter your ZIP code.", nameof(SignatureSubmission.Zip));
        }

        if (!LawmakerDirectory.TryNormaliseZip(zipInput, out zip))
        {
            return ChangeResult.Fail("Enter a ZIP code of 5 digits, for example 20001.", nameof(SignatureSubmission.Zip));
        }

        if (comment.Length > PetitionLimits.CommentLength)
        {
            return ChangeResult.Fail("Your comment is too long (1,000 characters at most).", nameof(SignatureSubmission.Comment));
        }

        return null;
    }

    private static (string, string) TargetKey(string slug) => ("petition-signing", slug);

    private static string StampSubject(int petitionId) => string.Create(CultureInfo.InvariantCulture, $"petition|{petitionId}");

    [LoggerMessage(Level = LogLevel.Information, Message = "A signature on petition {PetitionId} filled the hidden field and was discarded.")]
    private static partial void LogTrapped(ILogger logger, int petitionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A signature on petition {PetitionId} could not be stored.")]
    private static partial void LogUnavailable(ILogger logger, int petitionId, Exception exception);
}
