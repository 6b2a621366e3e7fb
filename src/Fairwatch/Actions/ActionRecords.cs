using Fairwatch.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Actions;

/// <summary>
/// One supporter's letter: who wrote it, from where, and what it says. Name, e-mail and address
/// are personal data: they go to the offices written to and to the staff who deliver by hand,
/// and nowhere public.
/// </summary>
public sealed class Letter : Sharing.IReferredAction
{
    public int Id { get; set; }

    public int ActionId { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The language the supporter wrote in.</summary>
    public required string Culture { get; set; }

    /// <summary>Mr., Ms., Mrs., Miss or Dr.: Congress's contact systems require one.</summary>
    public string? Prefix { get; set; }

    public required string FirstName { get; set; }

    public required string LastName { get; set; }

    /// <summary>Trimmed and lower-cased.</summary>
    public required string Email { get; set; }

    public required string Address1 { get; set; }

    public string? Address2 { get; set; }

    public required string City { get; set; }

    public required string State { get; set; }

    public required string Zip { get; set; }

    /// <summary>The congressional district the supporter chose or their ZIP code gave; null for letters to fixed targets only.</summary>
    public int? District { get; set; }

    public required string Subject { get; set; }

    public required string Body { get; set; }

    /// <summary>Whether the supporter changed the text: offices treat a form letter and a personal one differently.</summary>
    public bool Edited { get; set; }

    public string FullName => $"{FirstName} {LastName}";

    public List<Delivery> Deliveries { get; set; } = [];

    public string? ReferralCode { get; set; }

    public string? ReferredBy { get; set; }

    public string? ReferredVia { get; set; }
}

public enum DeliveryStatus
{
    Queued = 0,
    Sent = 1,
    Failed = 2,
    NeedsManualDelivery = 3,
}

public enum DeliveryChannel
{
    /// <summary>Through the e-mail outbox.</summary>
    Email = 0,

    /// <summary>A House office: a CWC 2.0 document, submitted to the CWC endpoint or handed to a vendor in a batch.</summary>
    Cwc = 1,

    /// <summary>An office without an API (the Senate): staff paste the letter into the office's contact form.</summary>
    ContactForm = 2,
}

public enum TargetKind
{
    Senator = 0,
    Representative = 1,
    Fixed = 2,
}

/// <summary>One message of a letter to one target, with its delivery status and history.</summary>
public sealed class Delivery
{
    public int Id { get; set; }

    public int LetterId { get; set; }

    /// <summary>Copied from the letter (no foreign key: the letter's is the one), so that counts per action need no join.</summary>
    public int ActionId { get; set; }

    /// <summary>The delivery id of the CWC document: 32 letters and digits, stable across retries.</summary>
    public Guid Key { get; set; }

    public TargetKind TargetKind { get; set; }

    public required string TargetName { get; set; }

    /// <summary>"Senator for California", "Representative for CA-11", or a fixed target's title.</summary>
    public required string TargetTitle { get; set; }

    public string? BioguideId { get; set; }

    /// <summary>The CWC office code, such as HCA11 or SCA01.</summary>
    public string? OfficeCode { get; set; }

    public string? TargetEmail { get; set; }

    /// <summary>The office's own contact form, for staff delivering by hand.</summary>
    public string? ContactForm { get; set; }

    public DeliveryChannel Channel { get; set; }

    public DeliveryStatus Status { get; set; }

    public long? OutboxMessageId { get; set; }

    /// <summary>The e-mail of a delivery through the outbox, whose status this delivery follows.</summary>
    public OutboxMessage? OutboxMessage { get; set; }

    /// <summary>The CWC 2.0 document, as validated when the letter was sent.</summary>
    public string? CwcDocument { get; set; }

    /// <summary>The House batch the document was exported in, for a vendor to submit.</summary>
    public int? BatchId { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    /// <summary>While set and in the future, one sender owns the delivery.</summary>
    public DateTime? LockedUntil { get; set; }

    /// <summary>The last answer of the receiving system, or why delivery failed.</summary>
    public string? Answer { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SentAt { get; set; }

    public List<DeliveryEvent> History { get; set; } = [];
}

/// <summary>One change of a delivery's status: when, to what, by whom, and why.</summary>
public sealed class DeliveryEvent
{
    public long Id { get; set; }

    public int DeliveryId { get; set; }

    public DateTime At { get; set; }

    public DeliveryStatus Status { get; set; }

    /// <summary>A staff member's name, or one of <see cref="DeliveryActors"/>.</summary>
    public required string Actor { get; set; }

    public string? Note { get; set; }
}

/// <summary>The parts of Fairwatch that change a delivery's status on their own.</summary>
public static class DeliveryActors
{
    public const string Supporter = "system:supporter";
    public const string Outbox = "system:outbox";
    public const string Cwc = "system:cwc";
}

/// <summary>House documents exported together for a vendor to submit, then marked sent together.</summary>
public sealed class DeliveryBatch
{
    public int Id { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public int Count { get; set; }

    public DateTime? SentAt { get; set; }

    public string? SentBy { get; set; }
}

public enum CallOutcome
{
    SpokeToStaff = 0,
    LeftVoicemail = 1,
    Busy = 2,
}

/// <summary>A supporter's "I called": which office and how it went. Nothing about the caller.</summary>
public sealed class CallReport : Sharing.IReferredAction
{
    public long Id { get; set; }

    public int ActionId { get; set; }

    public required string BioguideId { get; set; }

    public required string TargetName { get; set; }

    public CallOutcome Outcome { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? ReferralCode { get; set; }

    public string? ReferredBy { get; set; }

    public string? ReferredVia { get; set; }
}

public enum SocialPlatform
{
    X = 0,
    Mastodon = 1,

    /// <summary>Copied to post anywhere else.</summary>
    Copied = 2,
}

/// <summary>A supporter's post, counted when they chose where to post it. Nothing about the poster.</summary>
public sealed class SocialPost
{
    public long Id { get; set; }

    public int ActionId { get; set; }

    public SocialPlatform Platform { get; set; }

    /// <summary>The bioguide ids of the lawmakers the post mentioned, space-separated.</summary>
    public string? Mentions { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>What a letter may hold: no more than the House's CWC format takes.</summary>
public static class LetterLimits
{
    public const int PrefixLength = 10;
    public const int NameLength = 50;
    public const int EmailLength = 256;
    public const int AddressLength = 100;
    public const int CityLength = 50;
    public const int ZipLength = 10;
    public const int BodyLength = ActionLimits.LetterLength;
    public const int SubjectLength = ActionLimits.SubjectLength;
}

internal sealed class ActionRecordConfiguration :
    IEntityTypeConfiguration<Letter>,
    IEntityTypeConfiguration<Delivery>,
    IEntityTypeConfiguration<DeliveryEvent>,
    IEntityTypeConfiguration<DeliveryBatch>,
    IEntityTypeConfiguration<CallReport>,
    IEntityTypeConfiguration<SocialPost>
{
    public void Configure(EntityTypeBuilder<Letter> entity)
    {
        entity.ToTable("ActionLetters");
        Sharing.ReferralColumns.Configure(entity);
        entity.Property(l => l.Culture).HasMaxLength(5);
        entity.Property(l => l.Prefix).HasMaxLength(LetterLimits.PrefixLength);
        entity.Property(l => l.FirstName).HasMaxLength(LetterLimits.NameLength);
        entity.Property(l => l.LastName).HasMaxLength(LetterLimits.NameLength);
        entity.Property(l => l.Email).HasMaxLength(LetterLimits.EmailLength);
        entity.Property(l => l.Address1).HasMaxLength(LetterLimits.AddressLength);
        entity.Property(l => l.Address2).HasMaxLength(LetterLimits.AddressLength);
        entity.Property(l => l.City).HasMaxLength(LetterLimits.CityLength);
        entity.Property(l => l.State).HasMaxLength(2);
        entity.Property(l => l.Zip).HasMaxLength(LetterLimits.ZipLength);
        entity.Property(l => l.Subject).HasMaxLength(LetterLimits.SubjectLength);
        entity.Property(l => l.Body).HasMaxLength(LetterLimits.BodyLength);
        entity.Ignore(l => l.FullName);
        entity.HasIndex(l => new { l.ActionId, l.Email, l.CreatedAt });
        entity.HasOne<CampaignAction>().WithMany().HasForeignKey(l => l.ActionId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(l => l.Deliveries).WithOne().HasForeignKey(d => d.LetterId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Delivery> entity)
    {
        entity.ToTable("ActionDeliveries");
        entity.HasIndex(d => d.Key).IsUnique();
        entity.Property(d => d.TargetName).HasMaxLength(ActionLimits.TargetNameLength);
        entity.Property(d => d.TargetTitle).HasMaxLength(ActionLimits.TargetTitleLength);
        entity.Property(d => d.BioguideId).HasMaxLength(7);
        entity.Property(d => d.OfficeCode).HasMaxLength(5);
        entity.Property(d => d.TargetEmail).HasMaxLength(ActionLimits.EmailLength);
        entity.Property(d => d.ContactForm).HasMaxLength(500);
        entity.Property(d => d.Answer).HasMaxLength(2_000);
        entity.HasIndex(d => new { d.ActionId, d.Status });
        entity.HasIndex(d => new { d.Channel, d.Status, d.NextAttemptAt });
        entity.HasIndex(d => d.OutboxMessageId);
        entity.HasIndex(d => d.BatchId);
        entity.HasOne(d => d.OutboxMessage).WithMany().HasForeignKey(d => d.OutboxMessageId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<DeliveryBatch>().WithMany().HasForeignKey(d => d.BatchId).OnDelete(DeleteBehavior.SetNull);
        entity.HasMany(d => d.History).WithOne().HasForeignKey(e => e.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DeliveryEvent> entity)
    {
        entity.ToTable("ActionDeliveryEvents");
        entity.Property(e => e.Actor).HasMaxLength(200);
        entity.Property(e => e.Note).HasMaxLength(2_000);
        entity.HasIndex(e => new { e.DeliveryId, e.At });
    }

    public void Configure(EntityTypeBuilder<DeliveryBatch> entity)
    {
        entity.ToTable("ActionDeliveryBatches");
        entity.Property(b => b.CreatedBy).HasMaxLength(200);
        entity.Property(b => b.SentBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<CallReport> entity)
    {
        entity.ToTable("ActionCalls");
        Sharing.ReferralColumns.Configure(entity);
        entity.Property(c => c.BioguideId).HasMaxLength(7);
        entity.Property(c => c.TargetName).HasMaxLength(ActionLimits.TargetNameLength);
        entity.HasIndex(c => new { c.ActionId, c.BioguideId });
        entity.HasOne<CampaignAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SocialPost> entity)
    {
        entity.ToTable("ActionSocialPosts");
        entity.Property(p => p.Mentions).HasMaxLength(200);
        entity.HasIndex(p => new { p.ActionId, p.Platform });
        entity.HasOne<CampaignAction>().WithMany().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
