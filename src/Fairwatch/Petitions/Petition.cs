using Fairwatch.Campaigns;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Petitions;

public enum PetitionStatus
{
    Open = 0,
    Closed = 1,
    Won = 2,
}

/// <summary>A petition to a named target, on its own or as part of a campaign.</summary>
public sealed class Petition
{
    public int Id { get; set; }

    /// <summary>The petition's address: /petitions/{slug}.</summary>
    public required string Slug { get; set; }

    public int? CampaignId { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>Who the petition asks, for example "The Secretary of Homeland Security".</summary>
    public LocalizedText Target { get; set; } = new();

    /// <summary>The letter delivered to the target, in Markdown.</summary>
    public LocalizedText Letter { get; set; } = new();

    /// <summary>The number of signatures the progress bar counts towards.</summary>
    public int Goal { get; set; }

    /// <summary>The last day to sign; signing stays open until that day has ended everywhere on Earth.</summary>
    public DateOnly? Deadline { get; set; }

    public PetitionStatus Status { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public List<PetitionUpdate> Updates { get; set; } = [];

    public PetitionCounter? Counter { get; set; }

    /// <summary>
    /// The moment signing stops: the end of the deadline day at UTC−12, the last place on Earth
    /// where that day ends ("anywhere on Earth"), so nobody in any US state or territory is cut off early.
    /// </summary>
    public static DateTime? ClosesAt(DateOnly? deadline) =>
        deadline?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1).AddHours(12);

    /// <summary>Whether a signature made at <paramref name="now"/> is taken.</summary>
    public static bool TakesSignatures(bool isPublished, PetitionStatus status, DateOnly? deadline, DateTime now) =>
        isPublished && status == PetitionStatus.Open && (ClosesAt(deadline) is not { } closes || now < closes);

    public bool TakesSignatures(DateTime now) => TakesSignatures(IsPublished, Status, Deadline, now);
}

/// <summary>How far e-mailing an update to the signers who asked for updates has got.</summary>
public enum UpdateEmailStatus
{
    NotEmailed = 0,
    Sending = 1,
    Sent = 2,
}

/// <summary>A dated update shown on the petition's page, and e-mailed to signers when staff choose.</summary>
public sealed class PetitionUpdate
{
    public int Id { get; set; }

    public int PetitionId { get; set; }

    public DateTime PublishedAt { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>In Markdown on the page; sent as its plain text in e-mail.</summary>
    public LocalizedText Body { get; set; } = new();

    public UpdateEmailStatus EmailStatus { get; set; }

    /// <summary>The e-mail has gone to every recipient whose signature id is at most this; the mailer resumes after it.</summary>
    public long EmailedThroughSignatureId { get; set; }

    public int EmailedCount { get; set; }
}

/// <summary>
/// The petition's counts, kept exact by the writer in the same transaction as the signatures it
/// stores, so pages read one narrow row instead of counting signatures on every view.
/// </summary>
public sealed class PetitionCounter
{
    public int PetitionId { get; set; }

    public int Signatures { get; set; }

    public int Confirmed { get; set; }
}

/// <summary>
/// One person's signature. The e-mail address is for confirmation, updates and staff only: no
/// public page, feed or API carries it. The public may see the first name and state, and only
/// when the signer chose to be shown.
/// </summary>
public sealed class PetitionSignature : Sharing.IReferredAction
{
    public long Id { get; set; }

    public int PetitionId { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>Trimmed and lower-cased: one signature per address per petition, however it is typed.</summary>
    public required string Email { get; set; }

    public required string Zip { get; set; }

    /// <summary>The state of the ZIP code from the shipped Congress data; empty when the ZIP code spans states or is not in it.</summary>
    public string? State { get; set; }

    public string? Comment { get; set; }

    public bool ShowName { get; set; }

    public bool WantsUpdates { get; set; }

    /// <summary>The language the person signed in, for the e-mails they get.</summary>
    public required string Culture { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the confirmation e-mail was put in the outbox; empty until the mailer has done it.</summary>
    public DateTime? ConfirmationQueuedAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? UnsubscribedAt { get; set; }

    /// <summary>The signer's own code for the links they share (see <see cref="Sharing.Referrals"/>).</summary>
    public string? ReferralCode { get; set; }

    /// <summary>The code of the shared link the signer arrived by, if any.</summary>
    public string? ReferredBy { get; set; }

    public string? ReferredVia { get; set; }
}

internal sealed class PetitionConfiguration :
    IEntityTypeConfiguration<Petition>,
    IEntityTypeConfiguration<PetitionUpdate>,
    IEntityTypeConfiguration<PetitionCounter>,
    IEntityTypeConfiguration<PetitionSignature>
{
    public void Configure(EntityTypeBuilder<Petition> entity)
    {
        entity.ToTable("Petitions");
        entity.Property(p => p.Slug).HasMaxLength(Slugs.MaxLength);
        entity.HasIndex(p => p.Slug).IsUnique();
        entity.HasIndex(p => new { p.IsPublished, p.Status });
        Text(entity.ComplexProperty(p => p.Title), PetitionLimits.TitleLength);
        Text(entity.ComplexProperty(p => p.Target), PetitionLimits.TargetLength);
        Text(entity.ComplexProperty(p => p.Letter), PetitionLimits.LetterLength);
        entity.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.SetNull);
        entity.HasMany(p => p.Updates).WithOne().HasForeignKey(u => u.PetitionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasOne(p => p.Counter).WithOne().HasForeignKey<PetitionCounter>(c => c.PetitionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany<PetitionSignature>().WithOne().HasForeignKey(s => s.PetitionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PetitionUpdate> entity)
    {
        entity.ToTable("PetitionUpdates");
        entity.HasIndex(u => new { u.PetitionId, u.PublishedAt });
        entity.HasIndex(u => u.EmailStatus);
        Text(entity.ComplexProperty(u => u.Title), PetitionLimits.TitleLength);
        Text(entity.ComplexProperty(u => u.Body), PetitionLimits.UpdateLength);
    }

    public void Configure(EntityTypeBuilder<PetitionCounter> entity)
    {
        entity.ToTable("PetitionCounters");
        entity.HasKey(c => c.PetitionId);
        entity.Property(c => c.PetitionId).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<PetitionSignature> entity)
    {
        entity.ToTable("PetitionSignatures");
        entity.Property(s => s.FirstName).HasMaxLength(PetitionLimits.NameLength);
        entity.Property(s => s.LastName).HasMaxLength(PetitionLimits.NameLength);
        entity.Property(s => s.Email).HasMaxLength(PetitionLimits.EmailLength);
        entity.Property(s => s.Zip).HasMaxLength(5);
        entity.Property(s => s.State).HasMaxLength(2);
        entity.Property(s => s.Comment).HasMaxLength(PetitionLimits.CommentLength);
        entity.Property(s => s.Culture).HasMaxLength(5);
        // The one-signature-per-address rule; the writer's INSERT ... ON CONFLICT names these columns.
        entity.HasIndex(s => new { s.PetitionId, s.Email }).IsUnique();
        // Newest signers for the page, the export and the update mailer, in order.
        entity.HasIndex(s => new { s.PetitionId, s.Id });
        // The confirmation mailer's queue: signatures whose e-mail is not in the outbox yet.
        entity.HasIndex(s => new { s.ConfirmationQueuedAt, s.Id });
        Sharing.ReferralColumns.Configure(entity);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}

public static class PetitionLimits
{
    public const int TitleLength = 200;
    public const int TargetLength = 200;
    public const int LetterLength = 20_000;
    public const int UpdateLength = 20_000;
    public const int NameLength = 80;
    public const int EmailLength = 256;
    public const int CommentLength = 1_000;
}
