using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Sharing;
using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Photos;

/// <summary>What a visitor sent, as typed. <see cref="Trap"/> is the field people never see.</summary>
public sealed record PhotoSubmission(IFormFile? Photo, string? Caption, string? Name, string? Email, string? Trap, string? Stamp, Referral? Referral = null);

/// <summary>Whether the photo was taken, and the sender's code for their share links (fresh and unstored when nothing was stored).</summary>
public sealed record PhotoReceipt(ChangeResult Result, string? ReferralCode = null);

/// <summary>A photo on the wall: its caption is its alternative text.</summary>
public sealed record WallItem(long Id, string Caption, string Url, int? Width, int? Height);

public sealed record WallPage(IReadOnlyList<WallItem> Photos, int Page, int PageCount, int Total);

/// <summary>A photo as staff moderate it, with who sent it.</summary>
public sealed record PhotoForReview(long Id, string CampaignTitle, string CampaignSlug, string Caption, string Name, string Email, string Url, PhotoStatus Status, DateTime CreatedAt);

/// <summary>
/// The campaign photo walls: people send photos, which wait for staff; the wall shows approved
/// photos. Every image is cleaned of metadata by <see cref="UploadService.AddPhotoAsync"/> before
/// it is stored, and nothing about the sender's device or network address is kept.
/// </summary>
public sealed partial class PhotoWallService(
    FairwatchDb db,
    UploadService uploads,
    IOutputCacheStore cache,
    IDataProtectionProvider protection,
    TimeProvider clock,
    IOptions<PhotoWallOptions> options,
    ILogger<PhotoWallService> logger)
{
    public const int PhotosPerPage = 24;

    public const int ReviewPageSize = 50;

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Photos.FormStamp.v1", clock);

    public string IssueStamp(int campaignId) => _stamps.Issue(StampSubject(campaignId));

    /// <summary>The same stamp while it is still good, so that fixing a caption is not "too fast"; a new one otherwise.</summary>
    public string RenewStamp(string? stamp, int campaignId) => _stamps.Renew(stamp, StampSubject(campaignId), options.Value.MinimumAge, options.Value.FormLifetime);

    /// <summary>Checks and stores a photo for moderation; it reaches the wall only once staff approve it.</summary>
    public async Task<PhotoReceipt> SendAsync(int campaignId, PhotoSubmission submission, string culture, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(submission.Trap))
        {
            // Thanked like a person, so that a script learns nothing; nothing is stored.
            LogTrapped(logger, campaignId);
            return new(ChangeResult.Ok(), Referrals.NewCode());
        }

        var caption = submission.Caption?.ReplaceLineEndings(" ").Trim() ?? "";
        var name = submission.Name?.Trim() ?? "";
        var email = EmailAddresses.Normalise(submission.Email);
        var problem = Validate(caption, name, email)
            ?? StampProblems.For(_stamps.Check(submission.Stamp, StampSubject(campaignId), options.Value.MinimumAge, options.Value.FormLifetime));
        if (problem is not null)
        {
            return new(problem);
        }

        var upload = await uploads.AddPhotoAsync(submission.Photo, cancellationToken);
        if (!upload.Succeeded)
        {
            return new(ChangeResult.Fail(upload.Error!, nameof(PhotoSubmission.Photo)));
        }

        var photo = new WallPhoto
        {
            CampaignId = campaignId,
            FileId = upload.File!.Id,
            Caption = caption,
            Name = name,
            Email = email,
            Culture = Cultures.Normalise(culture),
            Status = PhotoStatus.Pending,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }.Record(submission.Referral ?? Referral.None);
        db.Add(photo);
        await db.SaveChangesAsync(cancellationToken);
        return new(ChangeResult.Ok(), photo.ReferralCode);
    }

    /// <summary>One page of a campaign's approved photos, newest first.</summary>
    public async Task<WallPage> ListApprovedAsync(int campaignId, int page, CancellationToken cancellationToken = default)
    {
        var approved = db.Set<WallPhoto>().AsNoTracking().Where(p => p.CampaignId == campaignId && p.Status == PhotoStatus.Approved);
        var total = await approved.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PhotosPerPage - 1) / PhotosPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var photos = await approved
            .OrderByDescending(p => p.Id)
            .Skip((page - 1) * PhotosPerPage).Take(PhotosPerPage)
            .Join(db.Set<StoredFile>(), p => p.FileId, f => f.Id, (p, f) => new { p.Id, p.Caption, FileId = f.Id, f.FileName, f.Width, f.Height })
            .ToListAsync(cancellationToken);
        return new WallPage([.. photos.Select(p => new WallItem(p.Id, p.Caption, UploadService.Url(p.FileId, p.FileName), p.Width, p.Height))], page, pageCount, total);
    }

    public Task<int> CountPendingAsync() => db.Set<WallPhoto>().CountAsync(p => p.Status == PhotoStatus.Pending);

    /// <summary>Photos in one state for staff: the queue oldest first, the others newest first.</summary>
    public async Task<IReadOnlyList<PhotoForReview>> ListForReviewAsync(PhotoStatus status)
    {
        var photos = db.Set<WallPhoto>().AsNoTracking().Where(p => p.Status == status);
        photos = status == PhotoStatus.Pending ? photos.OrderBy(p => p.Id) : photos.OrderByDescending(p => p.Id);
        var rows = await photos.Take(ReviewPageSize)
            .Join(db.Set<Campaign>(), p => p.CampaignId, c => c.Id, (p, c) => new { Photo = p, c.Slug, c.Title.En, c.Title.Es })
            .Join(db.Set<StoredFile>(), x => x.Photo.FileId, f => f.Id, (x, f) => new { x.Photo, x.Slug, x.En, x.Es, f.FileName })
            .ToListAsync();
        return [.. rows.Select(r => new PhotoForReview(
            r.Photo.Id, LocalizedText.From(r.En, r.Es).Current, r.Slug, r.Photo.Caption, r.Photo.Name, r.Photo.Email,
            UploadService.Url(r.Photo.FileId, r.FileName), r.Photo.Status, r.Photo.CreatedAt))];
    }

    public async Task<ChangeResult> ModerateAsync(long id, PhotoStatus status)
    {
        var changed = await db.Set<WallPhoto>().Where(p => p.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, status).SetProperty(p => p.ModeratedAt, clock.GetUtcNow().UtcDateTime));
        if (changed == 0)
        {
            return ChangeResult.Fail("This photo does not exist.");
        }

        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok();
    }

    /// <summary>Deletes the photo and its image file, in one transaction.</summary>
    public async Task<ChangeResult> DeleteAsync(long id)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var fileId = await db.Set<WallPhoto>().Where(p => p.Id == id).Select(p => (Guid?)p.FileId).FirstOrDefaultAsync();
        if (fileId is null)
        {
            return ChangeResult.Fail("This photo does not exist.");
        }

        await db.Set<WallPhoto>().Where(p => p.Id == id).ExecuteDeleteAsync();
        await db.Set<StoredFile>().Where(f => f.Id == fileId).ExecuteDeleteAsync();
        await transaction.CommitAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok();
    }

    private static ChangeResult? Validate(string caption, string name, string email)
    {
        if (caption.Length == 0)
        {
            return ChangeResult.Fail("Describe what the photo shows.", nameof(PhotoSubmission.Caption));
        }

        if (caption.Length > PhotoLimits.CaptionLength)
        {
            return ChangeResult.Fail("The caption is too long (250 characters at most).", nameof(PhotoSubmission.Caption));
        }

        if (CommentService.CountLinks(caption) > 0 || caption.Contains("://", StringComparison.Ordinal))
        {
            return ChangeResult.Fail("A caption cannot contain a web address.", nameof(PhotoSubmission.Caption));
        }

        if (name.Length == 0)
        {
            return ChangeResult.Fail("Enter your name.", nameof(PhotoSubmission.Name));
        }

        if (name.Length > PhotoLimits.NameLength)
        {
            return ChangeResult.Fail("Your name is too long (80 characters at most).", nameof(PhotoSubmission.Name));
        }

        if (email.Length == 0)
        {
            return ChangeResult.Fail("Enter your e-mail address.", nameof(PhotoSubmission.Email));
        }

        return EmailAddresses.IsValid(email) ? null : ChangeResult.Fail("Enter a valid e-mail address.", nameof(PhotoSubmission.Email));
    }

    private static string StampSubject(int campaignId) => string.Create(CultureInfo.InvariantCulture, $"photo|{campaignId}");

    [LoggerMessage(Level = LogLevel.Information, Message = "A photo for campaign {CampaignId} filled the hidden field and was discarded.")]
    private static partial void LogTrapped(ILogger logger, int campaignId);
}
