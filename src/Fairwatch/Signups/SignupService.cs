using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Sharing;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Signups;

/// <summary>What a visitor sent, as typed.</summary>
public sealed record SignupSubmission(string? Name, string? Email, string? Language, string? Trap, string? Stamp, Referral Referral);

public enum SubscribeOutcome
{
    /// <summary>"Check your inbox": said for a new address, a pending one and a subscribed one alike.</summary>
    CheckInbox,

    /// <summary>Something in the form is wrong; nothing was stored.</summary>
    Refused,

    /// <summary>The database could not take the sign-up just now; nothing was stored.</summary>
    Unavailable,
}

public sealed record SubscribeReceipt(SubscribeOutcome Outcome, ChangeResult? Problem = null, string? ReferralCode = null);

/// <summary>What an e-mailed link is about, for its page.</summary>
public sealed record SignupLinkTarget(long Id, SignupStatus Status, string? CampaignSlug, LocalizedText? CampaignTitle);

/// <summary>A list's subscribers by status, for staff.</summary>
public sealed record SignupListCounts(int? CampaignId, string? CampaignSlug, LocalizedText? CampaignTitle, int Pending, int Confirmed, int Unsubscribed);

/// <summary>
/// Sign-up for updates with double opt-in: the form's defences and checks, the hand-over to the
/// batching <see cref="ActionWriter"/> (which stores the row and puts the e-mail in the outbox in
/// one transaction), confirming and unsubscribing by the e-mailed links, and the staff's counts.
/// </summary>
public sealed partial class SignupService(
    FairwatchDb db,
    ActionWriter writer,
    SignupWriter signups,
    SignupLinks links,
    IDataProtectionProvider protection,
    TimeProvider clock,
    IOptions<SignupOptions> options,
    ILogger<SignupService> logger)
{
    private readonly FormStamps _stamps = new(protection, "Fairwatch.Signups.FormStamp.v1", clock);

    /// <summary>The published campaign whose list a form is for; null for an unknown or unpublished one.</summary>
    public Task<Campaign?> FindCampaignAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsPublished, cancellationToken);

    public string IssueStamp(int? campaignId) => _stamps.Issue(StampSubject(campaignId));

    public string RenewStamp(string? stamp, int? campaignId) =>
        _stamps.Renew(stamp, StampSubject(campaignId), options.Value.MinimumAge, options.Value.FormLifetime);

    public async Task<SubscribeReceipt> SubscribeAsync(int? campaignId, string source, SignupSubmission submission, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            // Answered like a person, so that a script learns nothing; nothing is stored or sent.
            LogTrapped(logger, campaignId);
            return new(SubscribeOutcome.CheckInbox, ReferralCode: Referrals.NewCode());
        }

        var name = submission.Name?.Trim() ?? "";
        var email = EmailAddresses.Normalise(submission.Email);
        var problem = Validate(name, email, submission.Language);
        problem ??= _stamps.Check(submission.Stamp, StampSubject(campaignId), options.Value.MinimumAge, options.Value.FormLifetime) switch
        {
            StampCheck.TooFast => ChangeResult.Fail("That was quicker than anyone can fill in the form. Please check your details, then send it again."),
            StampCheck.Expired => ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please send it again."),
            StampCheck.Invalid => ChangeResult.Fail("We could not check this form. Please send it again."),
            _ => null,
        };
        if (problem is not null)
        {
            return new(SubscribeOutcome.Refused, problem);
        }

        var code = Referrals.NewCode();
        var request = new SignupRequest(
            campaignId, email, name.Length == 0 ? null : name, Cultures.Normalise(submission.Language!), source,
            clock.GetUtcNow().UtcDateTime, code, submission.Referral.Code, submission.Referral.Channel);
        SignupOutcome outcome;
        try
        {
            outcome = await writer.WriteAsync(signups, request, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnavailable(logger, campaignId, e);
            return new(SubscribeOutcome.Unavailable);
        }

        return outcome == SignupOutcome.NoSuchList
            ? new(SubscribeOutcome.Refused, ChangeResult.Fail("This campaign no longer takes sign-ups."))
            : new(SubscribeOutcome.CheckInbox, ReferralCode: code);
    }

    public async Task<SignupLinkTarget?> DescribeAsync(long id, CancellationToken cancellationToken = default)
    {
        var signup = await db.Set<Signup>().AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Status, s.CampaignId })
            .SingleOrDefaultAsync(cancellationToken);
        if (signup is null)
        {
            return null;
        }

        var campaign = signup.CampaignId is { } campaignId
            ? await db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken)
            : null;
        return new SignupLinkTarget(signup.Id, signup.Status, campaign?.Slug, campaign?.Title);
    }

    /// <summary>Confirms a pending sign-up by its e-mailed link. Confirming twice is harmless; an unsubscribed address is not re-subscribed by an old link.</summary>
    public async Task<SignupLinkTarget?> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.ReadConfirmToken(token) is not { } id)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Signup>().Where(s => s.Id == id && s.Status == SignupStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignupStatus.Confirmed).SetProperty(x => x.ConfirmedAt, now), cancellationToken);
        return await DescribeAsync(id, cancellationToken);
    }

    /// <summary>Unsubscribes by the link in any e-mail to the list; no confirmation step, and doing it twice is harmless.</summary>
    public async Task<SignupLinkTarget?> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.ReadUnsubscribeToken(token) is not { } id)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<Signup>().Where(s => s.Id == id && s.Status != SignupStatus.Unsubscribed)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignupStatus.Unsubscribed).SetProperty(x => x.UnsubscribedAt, now), cancellationToken);
        return await DescribeAsync(id, cancellationToken);
    }

    /// <summary>Every list that has anyone on it, the organisation's first, then campaigns by title.</summary>
    public async Task<IReadOnlyList<SignupListCounts>> CountListsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Set<Signup>().AsNoTracking()
            .GroupBy(s => new { s.CampaignId, s.Status })
            .Select(g => new { g.Key.CampaignId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var ids = counts.Where(c => c.CampaignId is not null).Select(c => c.CampaignId!.Value).Distinct().ToList();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var lists = counts.GroupBy(c => c.CampaignId).Select(list =>
        {
            int Count(SignupStatus status) => list.Where(c => c.Status == status).Sum(c => c.Count);
            var campaign = list.Key is { } id ? campaigns[id] : null;
            return new SignupListCounts(list.Key, campaign?.Slug, campaign?.Title, Count(SignupStatus.Pending), Count(SignupStatus.Confirmed), Count(SignupStatus.Unsubscribed));
        });
        if (!counts.Any(c => c.CampaignId is null))
        {
            lists = lists.Append(new SignupListCounts(null, null, null, 0, 0, 0));
        }

        return [.. lists.OrderBy(l => l.CampaignId is not null).ThenBy(l => l.CampaignTitle?.Current, StringComparer.CurrentCulture)];
    }

    /// <summary>A list's rows for the export, oldest first, streamed so any size downloads in constant memory.</summary>
    public IAsyncEnumerable<Signup> StreamListAsync(int? campaignId) =>
        db.Set<Signup>().AsNoTracking().Where(s => s.CampaignId == campaignId).OrderBy(s => s.Id).AsAsyncEnumerable();

    private static ChangeResult? Validate(string name, string email, string? language)
    {
        if (name.Length > SignupLimits.NameLength)
        {
            return ChangeResult.Fail("Your name is too long (80 characters at most).", nameof(SignupSubmission.Name));
        }

        if (CommentService.CountLinks(name) > 0 || name.Contains("://", StringComparison.Ordinal))
        {
            return ChangeResult.Fail("A name cannot contain a web address.", nameof(SignupSubmission.Name));
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(SignupSubmission.Email));
        }

        if (!EmailAddresses.IsValid(email))
        {
            return ChangeResult.Fail("Enter a valid e-mail address.", nameof(SignupSubmission.Email));
        }

        if (language is null || !Cultures.Supported.Contains(language))
        {
            return ChangeResult.Fail("Choose the language of the e-mails.", nameof(SignupSubmission.Language));
        }

        return null;
    }

    private static string StampSubject(int? campaignId) =>
        campaignId is { } id ? string.Create(CultureInfo.InvariantCulture, $"signup|{id}") : "signup|organisation";

    [LoggerMessage(Level = LogLevel.Information, Message = "A sign-up for list {CampaignId} filled the hidden field and was discarded.")]
    private static partial void LogTrapped(ILogger logger, int? campaignId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A sign-up for list {CampaignId} could not be stored.")]
    private static partial void LogUnavailable(ILogger logger, int? campaignId, Exception exception);
}
