using System.Globalization;
using System.Text.RegularExpressions;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Comments;

/// <summary>What a visitor sent, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record CommentSubmission(
    string TargetKind, int TargetId, string? Name, string? Email, string? Body, string? Trap, string? Stamp);

/// <summary>
/// The answer to a submission. A submission caught by the honeypot succeeds without being stored,
/// so that a script learns nothing from the answer.
/// </summary>
public sealed record CommentReceipt(ChangeResult Result, CommentStatus Status, bool Stored);

/// <summary>What a comment is about, for the moderation queue: its title and public address.</summary>
public sealed record CommentTarget(string Kind, int Id, LocalizedText Title, string Url);

/// <summary>Implemented by each feature that takes comments, so the moderation queue can name what a comment is on.</summary>
public interface ICommentTargets
{
    string Kind { get; }

    Task<IReadOnlyDictionary<int, CommentTarget>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default);
}

public sealed record ModerationItem(Comment Comment, CommentTarget? Target, CommenterStanding? Standing);

public sealed record ModerationPage(IReadOnlyList<ModerationItem> Items, int Page, bool HasMore);

/// <summary>Comments: the public form's defences, the moderation queue, and trusted or banned addresses.</summary>
public sealed partial class CommentService(
    FairwatchDb db,
    TimeProvider clock,
    IOutputCacheStore cache,
    IDataProtectionProvider protection,
    IOptions<CommentOptions> options,
    IEnumerable<ICommentTargets> targets,
    ILogger<CommentService> logger)
{
    public const int ModerationPageSize = 50;

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Comments.FormStamp.v1", clock);

    private CommentOptions Options => options.Value;

    private TimeSpan MinimumAge => TimeSpan.FromSeconds(Options.MinimumSecondsToSubmit);

    private TimeSpan Lifetime => TimeSpan.FromHours(Options.FormLifetimeHours);

    /// <summary>A signed note of when the comment form was shown and for what (see <see cref="FormStamps"/>).</summary>
    public string IssueStamp(string targetKind, int targetId) => _stamps.Issue(StampSubject(targetKind, targetId));

    public StampCheck CheckStamp(string? stamp, string targetKind, int targetId) =>
        _stamps.Check(stamp, StampSubject(targetKind, targetId), MinimumAge, Lifetime);

    /// <summary>The stamp to put back in a form shown again: the same one while it is still good, so a quick correction is not "too fast".</summary>
    public string RenewStamp(string? stamp, string targetKind, int targetId) =>
        _stamps.Renew(stamp, StampSubject(targetKind, targetId), MinimumAge, Lifetime);

    public async Task<CommentReceipt> SubmitAsync(CommentSubmission submission, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            logger.LogInformation("A comment on {Kind} {Id} filled the hidden field and was discarded.", submission.TargetKind, submission.TargetId);
            return new(ChangeResult.Ok(), CommentStatus.Pending, Stored: false);
        }

        var name = submission.Name?.Trim() ?? "";
        var email = NormaliseEmail(submission.Email);
        var body = NormaliseBody(submission.Body);
        var invalid = Validate(name, email, body);
        if (invalid is not null)
        {
            return Refused(invalid);
        }

        switch (CheckStamp(submission.Stamp, submission.TargetKind, submission.TargetId))
        {
            case StampCheck.TooFast:
                return Refused(ChangeResult.Fail("That was quicker than anyone can write. Please read your comment over, then send it again."));
            case StampCheck.Expired:
                return Refused(ChangeResult.Fail("This form was open for a long time, so we could not accept it. Please send your comment again."));
            case StampCheck.Invalid:
                return Refused(ChangeResult.Fail("We could not check this form. Please send your comment again."));
        }

        var standing = await db.Set<CommenterAddress>().AsNoTracking()
            .Where(a => a.Email == email).Select(a => (CommenterStanding?)a.Standing).SingleOrDefaultAsync(cancellationToken);
        if (standing == CommenterStanding.Banned)
        {
            return Refused(ChangeResult.Fail("Comments from this e-mail address are not accepted.", nameof(CommentSubmission.Email)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-1);
        var recent = await db.Set<Comment>().CountAsync(c => c.Email == email && c.CreatedAt > since, cancellationToken);
        if (recent >= Options.PerAddressPerHour)
        {
            return Refused(ChangeResult.Fail("You have sent several comments in the last hour. Please wait a while before sending another."));
        }

        var comment = new Comment
        {
            TargetKind = submission.TargetKind,
            TargetId = submission.TargetId,
            Name = name,
            Email = email,
            Body = body,
            Status = standing == CommenterStanding.Trusted ? CommentStatus.Approved : CommentStatus.Pending,
            CreatedAt = now,
        };
        db.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        if (comment.Status == CommentStatus.Approved)
        {
            await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        }

        return new(ChangeResult.Ok(comment.Id), comment.Status, Stored: true);
    }

    /// <summary>
    /// One page of the published comments under a post or a film, oldest first as a conversation
    /// reads, or null for a page that does not exist (so that made-up pages are 404s and fill no cache).
    /// </summary>
    public async Task<PublishedComments?> ListPublishedAsync(string targetKind, int targetId, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        var published = db.Set<Comment>().AsNoTracking()
            .Where(c => c.TargetKind == targetKind && c.TargetId == targetId && c.Status == CommentStatus.Approved);
        var total = await published.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PublishedComments.PageSize - 1) / PublishedComments.PageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }

        var comments = await published
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Skip((pageNumber - 1) * PublishedComments.PageSize).Take(PublishedComments.PageSize)
            .Select(c => new PublishedComment(c.Id, c.Name, c.CreatedAt, c.Body))
            .ToListAsync(cancellationToken);
        return new PublishedComments(comments, total, pageNumber, pageCount);
    }

    public async Task<IReadOnlyDictionary<CommentStatus, int>> CountsAsync()
    {
        var counts = await db.Set<Comment>().GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return Enum.GetValues<CommentStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>One page of the queue: waiting comments oldest first (fair to those who wrote first), the others newest first.</summary>
    public async Task<ModerationPage> ListForModerationAsync(CommentStatus status, int page, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 1);
        var query = db.Set<Comment>().AsNoTracking().Where(c => c.Status == status);
        query = status == CommentStatus.Pending
            ? query.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            : query.OrderByDescending(c => c.ModeratedAt ?? c.CreatedAt).ThenByDescending(c => c.Id);
        var comments = await query.Skip((page - 1) * ModerationPageSize).Take(ModerationPageSize + 1).ToListAsync(cancellationToken);
        var hasMore = comments.Count > ModerationPageSize;
        comments = comments.Take(ModerationPageSize).ToList();

        var emails = comments.Select(c => c.Email).Distinct().ToList();
        var standings = await db.Set<CommenterAddress>().AsNoTracking()
            .Where(a => emails.Contains(a.Email)).ToDictionaryAsync(a => a.Email, a => a.Standing, cancellationToken);
        var described = new Dictionary<(string, int), CommentTarget>();
        foreach (var group in comments.GroupBy(c => c.TargetKind))
        {
            var resolver = targets.FirstOrDefault(t => t.Kind == group.Key);
            if (resolver is null)
            {
                continue;
            }

            foreach (var (id, target) in await resolver.DescribeAsync([.. group.Select(c => c.TargetId).Distinct()], cancellationToken))
            {
                described[(group.Key, id)] = target;
            }
        }

        var items = comments.Select(c => new ModerationItem(
            c,
            described.GetValueOrDefault((c.TargetKind, c.TargetId)),
            standings.TryGetValue(c.Email, out var s) ? s : null)).ToList();
        return new ModerationPage(items, page, hasMore);
    }

    public async Task<ChangeResult> ModerateAsync(int commentId, CommentStatus status, string? staffUserId)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId);
        if (comment is null)
        {
            return ChangeResult.Fail("This comment does not exist any more.");
        }

        Decide(comment, status, staffUserId);
        return await SaveAndEvictAsync(comment.Id);
    }

    /// <summary>Trusts the comment's address: this comment and every other one waiting from it are published, and so will later ones be.</summary>
    public Task<ChangeResult> TrustAsync(int commentId, string? staffUserId) =>
        SetStandingAsync(commentId, CommenterStanding.Trusted, staffUserId, CommentStatus.Approved);

    /// <summary>Bans the comment's address: this comment and every other one waiting from it are rejected, and later ones refused.</summary>
    public Task<ChangeResult> BanAsync(int commentId, string? staffUserId) =>
        SetStandingAsync(commentId, CommenterStanding.Banned, staffUserId, CommentStatus.Rejected);

    /// <summary>Treats the address like any other again: its comments wait for moderation.</summary>
    public async Task<ChangeResult> ClearStandingAsync(string email)
    {
        var normalised = NormaliseEmail(email);
        var address = await db.Set<CommenterAddress>().SingleOrDefaultAsync(a => a.Email == normalised);
        if (address is not null)
        {
            db.Remove(address);
            await db.SaveChangesAsync();
        }

        return ChangeResult.Ok();
    }

    public async Task<IReadOnlyList<CommenterAddress>> ListStandingsAsync() =>
        await db.Set<CommenterAddress>().AsNoTracking().OrderBy(a => a.Standing).ThenBy(a => a.Email).ToListAsync();

    /// <summary>Removes every comment on something that is being deleted.</summary>
    public async Task DeleteForTargetAsync(string targetKind, int targetId, CancellationToken cancellationToken = default)
    {
        await db.Set<Comment>().Where(c => c.TargetKind == targetKind && c.TargetId == targetId).ExecuteDeleteAsync(cancellationToken);
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
    }

    /// <summary>
    /// Deletes rejected comments and spam older than <see cref="CommentOptions.KeepRefusedDays"/>:
    /// nobody will read them again, and each one holds someone's e-mail address.
    /// </summary>
    public async Task<int> PurgeRefusedAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime.AddDays(-Options.KeepRefusedDays);
        return await db.Set<Comment>()
            .Where(c => (c.Status == CommentStatus.Rejected || c.Status == CommentStatus.Spam) && (c.ModeratedAt ?? c.CreatedAt) < before)
            .ExecuteDeleteAsync(cancellationToken);
    }

    public static string NormaliseEmail(string? email) => EmailAddresses.Normalise(email);

    /// <summary>Counts what a reader would take for a link: web addresses and bare "www." names.</summary>
    public static int CountLinks(string text) => LinkPattern().Count(text);

    private async Task<ChangeResult> SetStandingAsync(int commentId, CommenterStanding standing, string? staffUserId, CommentStatus decision)
    {
        var comment = await db.Set<Comment>().SingleOrDefaultAsync(c => c.Id == commentId);
        if (comment is null)
        {
            return ChangeResult.Fail("This comment does not exist any more.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var address = await db.Set<CommenterAddress>().SingleOrDefaultAsync(a => a.Email == comment.Email);
        if (address is null)
        {
            address = new CommenterAddress { Email = comment.Email };
            db.Add(address);
        }

        address.Standing = standing;
        address.ChangedAt = now;
        address.ChangedBy = staffUserId;

        var waiting = await db.Set<Comment>().Where(c => c.Email == comment.Email && c.Status == CommentStatus.Pending && c.Id != comment.Id).ToListAsync();
        foreach (var other in waiting.Append(comment))
        {
            // A ban leaves a comment already marked as spam as spam.
            if (!(decision == CommentStatus.Rejected && other.Status == CommentStatus.Spam))
            {
                Decide(other, decision, staffUserId);
            }
        }

        return await SaveAndEvictAsync(comment.Id);
    }

    private void Decide(Comment comment, CommentStatus status, string? staffUserId)
    {
        comment.Status = status;
        comment.ModeratedAt = clock.GetUtcNow().UtcDateTime;
        comment.ModeratedBy = staffUserId;
    }

    private async Task<ChangeResult> SaveAndEvictAsync(int id)
    {
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(id);
    }

    private ChangeResult? Validate(string name, string email, string body)
    {
        if (name.Length == 0)
        {
            return ChangeResult.Fail("Enter your name.", nameof(CommentSubmission.Name));
        }

        if (name.Length > CommentLimits.NameLength)
        {
            return ChangeResult.Fail("Your name is too long (80 characters at most).", nameof(CommentSubmission.Name));
        }

        if (CountLinks(name) > 0 || name.Contains("://", StringComparison.Ordinal))
        {
            return ChangeResult.Fail("A name cannot contain a web address.", nameof(CommentSubmission.Name));
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(CommentSubmission.Email));
        }

        if (email.Length > CommentLimits.EmailLength || !EmailAddresses.IsValid(email))
        {
            return ChangeResult.Fail("Enter a valid e-mail address.", nameof(CommentSubmission.Email));
        }

        if (body.Length == 0)
        {
            return ChangeResult.Fail("Write your comment.", nameof(CommentSubmission.Body));
        }

        if (body.Length > CommentLimits.BodyLength)
        {
            return ChangeResult.Fail("Your comment is too long (2,000 characters at most).", nameof(CommentSubmission.Body));
        }

        if (CountLinks(body) > Options.MaxLinks)
        {
            return ChangeResult.Fail("Your comment has too many links. Please remove some and send it again.", nameof(CommentSubmission.Body));
        }

        return null;
    }

    private static string StampSubject(string targetKind, int targetId) =>
        string.Create(CultureInfo.InvariantCulture, $"{targetKind}|{targetId}");

    private static CommentReceipt Refused(ChangeResult result) => new(result, CommentStatus.Pending, Stored: false);

    // Windows line ends become \n, and leading and trailing blank space goes.
    private static string NormaliseBody(string? body) => (body ?? "").ReplaceLineEndings("\n").Trim();

    [GeneratedRegex(@"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
