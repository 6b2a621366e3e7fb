using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Email;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}

/// <summary>
/// One e-mail waiting to go, written in the same transaction as the change that caused it,
/// so that an acknowledged action never loses its message.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>Stable across retries, so a receiving server (or a person) can tell a repeat from a new message.</summary>
    public required string MessageId { get; set; }

    /// <summary>What caused the message, for the staff outbox page (for example "account.password-reset").</summary>
    public required string Kind { get; set; }

    public required string ToAddress { get; set; }

    public string? ToName { get; set; }

    /// <summary>Where answers go when it is not the sender, for example the visitor who wrote through the contact form.</summary>
    public string? ReplyToAddress { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public string? HtmlBody { get; set; }

    /// <summary>Extra headers as JSON (for example List-Unsubscribe).</summary>
    public string? HeadersJson { get; set; }

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime NextAttemptAt { get; set; }

    /// <summary>While set and in the future, one sender owns the message; a crashed sender's lease simply runs out.</summary>
    public DateTime? LockedUntil { get; set; }

    public DateTime? SentAt { get; set; }

    public string? LastError { get; set; }

    public List<OutboxAttachment> Attachments { get; set; } = [];
}

/// <summary>A file sent with a message, such as an event's calendar entry (.ics).</summary>
public sealed class OutboxAttachment
{
    public long Id { get; set; }

    public long OutboxMessageId { get; set; }

    public required string FileName { get; set; }

    /// <summary>The full media type, parameters included (for example "text/calendar; method=PUBLISH; charset=utf-8").</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>, IEntityTypeConfiguration<OutboxAttachment>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> entity)
    {
        entity.ToTable("OutboxMessages");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.MessageId).HasMaxLength(200);
        entity.Property(m => m.Kind).HasMaxLength(100);
        entity.Property(m => m.ToAddress).HasMaxLength(320);
        entity.Property(m => m.ToName).HasMaxLength(200);
        entity.Property(m => m.ReplyToAddress).HasMaxLength(320);
        entity.Property(m => m.Subject).HasMaxLength(400);
        entity.Property(m => m.LastError).HasMaxLength(2000);
        entity.HasIndex(m => m.MessageId).IsUnique();
        entity.HasIndex(m => new { m.Status, m.NextAttemptAt });
        // Per-address limits (the contact form) count recent messages from one address.
        entity.HasIndex(m => new { m.ReplyToAddress, m.CreatedAt });
        entity.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<OutboxAttachment> entity)
    {
        entity.ToTable("OutboxAttachments");
        entity.Property(a => a.FileName).HasMaxLength(200);
        entity.Property(a => a.ContentType).HasMaxLength(200);
    }
}
