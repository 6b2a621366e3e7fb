using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Sharing;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Fairwatch.Pledges;

/// <summary>What a visitor sent, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record PledgeSubmission(string? Name, string? Email, string? City, string? Message, bool WantsFeature, string? Trap, string? Stamp, Referral? Referral = null);

public enum TakingOutcome
{
    Pledged,
    AlreadyPledged,
    Closed,

    /// <summary>Something in the form is wrong; <see cref="TakingReceipt.Problem"/> says what, and nothing was stored.</summary>
    Refused,

    /// <summary>The database could not take the pledge just now; nothing was stored.</summary>
    Unavailable,
}

/// <param name="ReferralCode">The code for the ally's share links: stored with the pledge when it was new; fresh and unstored otherwise, so it reveals nothing about an earlier pledge.</param>
public sealed record TakingReceipt(TakingOutcome Outcome, ChangeResult? Problem = null, string? ReferralCode = null);

/// <summary>
/// Taking a pledge: the public form's defences (honeypot, signed time stamp; the per-address limit
/// is the <see cref="PledgeRateLimitPolicy"/> on the page), the checks of every field, and the
/// hand-over to the batching <see cref="ActionWriter"/>, which answers once the pledge is durably stored.
/// </summary>
public sealed partial class PledgeTaking(
    ActionWriter writer,
    PledgeWriter pledges,
    IDataProtectionProvider protection,
    TimeProvider clock,
    IOptions<PledgeOptions> options,
    ILogger<PledgeTaking> logger)
{
    private readonly FormStamps _stamps = new(protection, "Fairwatch.Pledges.FormStamp.v1", clock);

    public string IssueStamp(int pledgeId) => _stamps.Issue(StampSubject(pledgeId));

    /// <summary>The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.</summary>
    public string RenewStamp(string? stamp, int pledgeId) => _stamps.Renew(stamp, StampSubject(pledgeId), options.Value.MinimumAge, options.Value.FormLifetime);

    public async Task<TakingReceipt> TakeAsync(int pledgeId, PledgeSubmission submission, string culture, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            // Thanked like a person, so that a script learns nothing; nothing is stored.
            LogTrapped(logger, pledgeId);
            return new(TakingOutcome.Pledged, ReferralCode: Referrals.NewCode());
        }

        var name = submission.Name?.Trim() ?? "";
        var email = EmailAddresses.Normalise(submission.Email);
        var city = submission.City?.Trim() ?? "";
        var message = submission.Message?.ReplaceLineEndings(" ").Trim() ?? "";
        var problem = Validate(name, email, city, message)
            ?? StampProblems.For(_stamps.Check(submission.Stamp, StampSubject(pledgeId), options.Value.MinimumAge, options.Value.FormLifetime));
        if (problem is not null)
        {
            return new(TakingOutcome.Refused, problem);
        }

        var code = Referrals.NewCode();
        var referral = submission.Referral ?? Referral.None;
        var request = new PledgeRequest(
            pledgeId, name, email, city, message.Length == 0 ? null : message, submission.WantsFeature, Cultures.Normalise(culture), clock.GetUtcNow().UtcDateTime,
            code, referral.Code, referral.Channel);
        PledgeOutcome outcome;
        try
        {
            outcome = await writer.WriteAsync(pledges, request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnavailable(logger, pledgeId, e);
            return new(TakingOutcome.Unavailable);
        }

        return new(outcome switch
        {
            PledgeOutcome.Pledged => TakingOutcome.Pledged,
            PledgeOutcome.AlreadyPledged => TakingOutcome.AlreadyPledged,
            _ => TakingOutcome.Closed,
        }, ReferralCode: code);
    }

    private static ChangeResult? Validate(string name, string email, string city, string message)
    {
        if (name.Length == 0)
        {
            return ChangeResult.Fail("Enter your name.", nameof(PledgeSubmission.Name));
        }

        if (name.Length > PledgeLimits.NameLength)
        {
            return ChangeResult.Fail("Your name is too long (80 characters at most).", nameof(PledgeSubmission.Name));
        }

        if (HasLink(name))
        {
            return ChangeResult.Fail("A name cannot contain a web address.", nameof(PledgeSubmission.Name));
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(PledgeSubmission.Email));
        }

        if (!EmailAddresses.IsValid(email))
        {
            return ChangeResult.Fail("Enter a valid e-mail address.", nameof(PledgeSubmission.Email));
        }

        if (city.Length == 0)
        {
            return ChangeResult.Fail("Enter your city or town.", nameof(PledgeSubmission.City));
        }

        if (city.Length > PledgeLimits.CityLength)
        {
            return ChangeResult.Fail("The city is too long (80 characters at most).", nameof(PledgeSubmission.City));
        }

        if (message.Length > PledgeLimits.MessageLength)
        {
            return ChangeResult.Fail("Your message is too long (280 characters at most).", nameof(PledgeSubmission.Message));
        }

        // Featured messages go on the home page: no links, so it cannot become an advert.
        if (HasLink(city) || HasLink(message))
        {
            return ChangeResult.Fail("Your city and message cannot contain web addresses.", nameof(PledgeSubmission.Message));
        }

        return null;
    }

    private static bool HasLink(string text) => CommentService.CountLinks(text) > 0 || text.Contains("://", StringComparison.Ordinal);

    private static string StampSubject(int pledgeId) => string.Create(CultureInfo.InvariantCulture, $"pledge|{pledgeId}");

    [LoggerMessage(Level = LogLevel.Information, Message = "A pledge on {PledgeId} filled the hidden field and was discarded.")]
    private static partial void LogTrapped(ILogger logger, int pledgeId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pledge on {PledgeId} could not be stored.")]
    private static partial void LogUnavailable(ILogger logger, int pledgeId, Exception exception);
}
