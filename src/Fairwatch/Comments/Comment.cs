using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Comments;

public enum CommentStatus
{
    /// <summary>Waiting for a moderator; every comment starts here unless its address is trusted.</summary>
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Spam = 3,
}

public enum CommenterStanding
{
    /// <summary>Later comments from the address are published at once.</summary>
    Trusted = 1,

    /// <summary>Later comments from the address are refused.</summary>
    Banned = 2,
}

/// <summary>What can be commented on. Comments are keyed by kind and id, so any feature can take them.</summary>
public static class CommentTargets
{
    public const string Post = "post";

    public const string Film = "film";
}

/// <summary>
/// A comment from a member of the public. The e-mail address is for moderators only: no public
/// page, feed or projection ever carries it (see <see cref="PublishedComment"/>).
/// </summary>
public sealed class Comment
{
    public int Id { get; set; }

    public required string TargetKind { get; set; }

    public int TargetId { get; set; }

    public required string Name { get; set; }

    /// <summary>Trimmed and lower-cased, so that trust, bans and limits apply however it is typed.</summary>
    public required string Email { get; set; }

    /// <summary>Plain text, shown encoded with its line breaks; never HTML or Markdown.</summary>
    public required string Body { get; set; }

    public CommentStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ModeratedAt { get; set; }

    /// <summary>The staff user who last moderated it.</summary>
    public string? ModeratedBy { get; set; }
}

/// <summary>A moderator's decision about an e-mail address: trusted or banned.</summary>
public sealed class CommenterAddress
{
    public required string Email { get; set; }

    public CommenterStanding Standing { get; set; }

    public DateTime ChangedAt { get; set; }

    public string? ChangedBy { get; set; }
}

/// <summary>What the public sees of a comment: no e-mail address, by construction.</summary>
public sealed record PublishedComment(int Id, string Name, DateTime CreatedAt, string Body);

/// <summary>One page of the published comments under a post or a film, and how many there are in all.</summary>
public sealed record PublishedComments(IReadOnlyList<PublishedComment> Comments, int Total, int PageNumber, int PageCount)
{
    /// <summary>Enough for almost every post to show all its comments on one page, and few enough that a busy film's page stays light.</summary>
    public const int PageSize = 50;

    public static readonly PublishedComments None = new([], 0, 1, 1);
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>, IEntityTypeConfiguration<CommenterAddress>
{
    public void Configure(EntityTypeBuilder<Comment> entity)
    {
        entity.ToTable("Comments");
        entity.Property(c => c.TargetKind).HasMaxLength(20);
        entity.Property(c => c.Name).HasMaxLength(CommentLimits.NameLength);
        entity.Property(c => c.Email).HasMaxLength(CommentLimits.EmailLength);
        entity.Property(c => c.Body).HasMaxLength(CommentLimits.BodyLength);
        entity.Property(c => c.ModeratedBy).HasMaxLength(450);
        entity.HasIndex(c => new { c.TargetKind, c.TargetId, c.Status, c.CreatedAt });
        entity.HasIndex(c => new { c.Status, c.CreatedAt });
        entity.HasIndex(c => new { c.Email, c.CreatedAt });
    }

    public void Configure(EntityTypeBuilder<CommenterAddress> entity)
    {
        entity.ToTable("CommenterAddresses");
        entity.HasKey(a => a.Email);
        entity.Property(a => a.Email).HasMaxLength(CommentLimits.EmailLength);
        entity.Property(a => a.ChangedBy).HasMaxLength(450);
    }
}

public static class CommentLimits
{
    public const int NameLength = 80;
    public const int EmailLength = 256;
    public const int BodyLength = 2_000;
}
