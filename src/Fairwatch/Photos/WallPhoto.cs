using Fairwatch.Campaigns;
using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Photos;

public enum PhotoStatus
{
    /// <summary>Waiting for staff: not on the wall.</summary>
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}

/// <summary>
/// A photo a person sent to a campaign's wall. The image (<see cref="FileId"/>) was cleaned of all
/// metadata before it was stored. The e-mail address is for staff only, and nothing about the
/// sender's device or network address is kept.
/// </summary>
public sealed class WallPhoto : Sharing.IReferredAction
{
    public long Id { get; set; }

    public int CampaignId { get; set; }

    public Guid FileId { get; set; }

    /// <summary>What the photo shows, in the sender's words: the caption on the wall and the image's alternative text.</summary>
    public required string Caption { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public required string Culture { get; set; }

    public PhotoStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ModeratedAt { get; set; }

    public string? ReferralCode { get; set; }

    public string? ReferredBy { get; set; }

    public string? ReferredVia { get; set; }
}

internal sealed class WallPhotoConfiguration : IEntityTypeConfiguration<WallPhoto>
{
    public void Configure(EntityTypeBuilder<WallPhoto> entity)
    {
        entity.ToTable("WallPhotos");
        entity.Property(p => p.Caption).HasMaxLength(PhotoLimits.CaptionLength);
        entity.Property(p => p.Name).HasMaxLength(PhotoLimits.NameLength);
        entity.Property(p => p.Email).HasMaxLength(EmailAddresses.MaxLength);
        entity.Property(p => p.Culture).HasMaxLength(5);
        entity.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne<StoredFile>().WithMany().HasForeignKey(p => p.FileId).OnDelete(DeleteBehavior.Restrict);
        // The wall (approved, newest first) and the moderation queue (pending, oldest first).
        entity.HasIndex(p => new { p.CampaignId, p.Status, p.Id });
        entity.HasIndex(p => new { p.Status, p.Id });
        Sharing.ReferralColumns.Configure(entity);
    }
}

public static class PhotoLimits
{
    public const int CaptionLength = 250;
    public const int NameLength = 80;
}
