using Fairwatch.Detention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Cases;

/// <summary>
/// A case: one hotline call, anonymous web report or visit concern and everything done about it.
/// Whatever could identify or endanger a person (the narrative, names, contact details, the
/// A-number, the place when it is not a listed facility, notes) is stored sealed with the case's own
/// data key (see <c>Protection/</c>); the columns in the clear are what the queue sorts and filters
/// by, and what de-identified counts are made of.
/// </summary>
public sealed class Case
{
    public int Id { get; set; }

    public CaseSource Source { get; set; }

    public CaseStatus Status { get; set; }

    public CaseUrgency Urgency { get; set; }

    public int? FacilityId { get; set; }

    /// <summary>The day it reached us. Web reports keep nothing finer than the day.</summary>
    public DateOnly ReceivedOn { get; set; }

    /// <summary>The time of a hotline call, as the person taking it wrote it down; empty for web reports.</summary>
    public TimeOnly? ReceivedTime { get; set; }

    /// <summary>When it happened, as far as the person knows.</summary>
    public DateOnly? OccurredOn { get; set; }

    public CallerType? CallerType { get; set; }

    public bool IsAnonymous { get; set; }

    /// <summary>The language the person speaks, as typed (for example "Spanish", "K'iche'").</summary>
    public string? Language { get; set; }

    public bool ConsentToShareStory { get; set; }

    public bool ConsentToName { get; set; }

    public string? OwnerId { get; set; }

    public DateOnly? ClosedOn { get; set; }

    /// <summary>The case's data key, wrapped by the key-encryption key; empty once its personal data is erased.</summary>
    public long? DataKeyId { get; set; }

    public byte[]? NarrativeSealed { get; set; }

    public byte[]? NameSealed { get; set; }

    public byte[]? ContactSealed { get; set; }

    public byte[]? ANumberSealed { get; set; }

    /// <summary>Where it happened, in the person's words, when it is not a listed facility.</summary>
    public byte[]? PlaceSealed { get; set; }

    /// <summary>A slow hash of a web report's receipt code (see <see cref="ReceiptCodes"/>); the code itself is never stored.</summary>
    public string? ReceiptHash { get; set; }

    /// <summary>When personal data was erased under the retention rules; the case then keeps only its counts.</summary>
    public DateOnly? ErasedOn { get; set; }

    public List<CaseCategory> Categories { get; set; } = [];

    public List<CaseNote> Notes { get; set; } = [];

    public List<CaseTask> Tasks { get; set; } = [];

    public List<CaseChange> Changes { get; set; } = [];
}

public sealed class CaseCategory
{
    public int CaseId { get; set; }

    public AbuseCategory Category { get; set; }
}

/// <summary>A note by staff, or information the reporter added with their receipt code. The text is sealed.</summary>
public sealed class CaseNote
{
    public long Id { get; set; }

    public int CaseId { get; set; }

    public string? AuthorId { get; set; }

    /// <summary>A staff member's name, or empty for the reporter.</summary>
    public required string AuthorName { get; set; }

    public bool ByReporter { get; set; }

    /// <summary>For the reporter's additions, midnight of the day: nothing finer is kept.</summary>
    public DateTime At { get; set; }

    public required byte[] TextSealed { get; set; }
}

/// <summary>A follow-up task. Its title is for the queue, so it must not name anyone; details go in a note.</summary>
public sealed class CaseTask
{
    public long Id { get; set; }

    public int CaseId { get; set; }

    public required string Title { get; set; }

    public DateOnly DueOn { get; set; }

    public string? AssigneeId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DoneAt { get; set; }
}

/// <summary>One line of a case's history: who changed what. It never holds sealed content.</summary>
public sealed class CaseChange
{
    public long Id { get; set; }

    public int CaseId { get; set; }

    /// <summary>For changes the reporter made, midnight of the day.</summary>
    public DateTime At { get; set; }

    public string? ActorId { get; set; }

    /// <summary>A staff member's name, or empty for the reporter or the system.</summary>
    public required string ActorName { get; set; }

    public required string What { get; set; }
}

public static class CaseLimits
{
    public const int Narrative = 20_000;
    public const int Name = 200;
    public const int Contact = 500;
    public const int Place = 300;
    public const int Language = 60;
    public const int Note = 10_000;
    public const int TaskTitle = 200;
    public const int Change = 300;
}

internal sealed class CaseConfiguration :
    IEntityTypeConfiguration<Case>,
    IEntityTypeConfiguration<CaseCategory>,
    IEntityTypeConfiguration<CaseNote>,
    IEntityTypeConfiguration<CaseTask>,
    IEntityTypeConfiguration<CaseChange>
{
    public void Configure(EntityTypeBuilder<Case> entity)
    {
        entity.ToTable("Cases");
        entity.Property(c => c.Language).HasMaxLength(CaseLimits.Language);
        entity.Property(c => c.OwnerId).HasMaxLength(450);
        entity.Property(c => c.ReceiptHash).HasMaxLength(64);
        entity.HasIndex(c => c.ReceiptHash).IsUnique();
        entity.HasIndex(c => new { c.Status, c.Urgency });
        entity.HasIndex(c => c.FacilityId);
        entity.HasOne<Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<Accounts.StaffUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<Protection.DataKey>().WithMany().HasForeignKey(c => c.DataKeyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(c => c.Categories).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Tasks).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Changes).WithOne().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CaseCategory> entity)
    {
        entity.ToTable("CaseCategories");
        entity.HasKey(c => new { c.CaseId, c.Category });
        // Counts per category for trends.
        entity.HasIndex(c => c.Category);
    }

    public void Configure(EntityTypeBuilder<CaseNote> entity)
    {
        entity.ToTable("CaseNotes");
        entity.Property(n => n.AuthorId).HasMaxLength(450);
        entity.Property(n => n.AuthorName).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<CaseTask> entity)
    {
        entity.ToTable("CaseTasks");
        entity.Property(t => t.Title).HasMaxLength(CaseLimits.TaskTitle);
        entity.Property(t => t.AssigneeId).HasMaxLength(450);
        // The queue's "overdue first".
        entity.HasIndex(t => new { t.DoneAt, t.DueOn });
    }

    public void Configure(EntityTypeBuilder<CaseChange> entity)
    {
        entity.ToTable("CaseChanges");
        entity.Property(c => c.ActorId).HasMaxLength(450);
        entity.Property(c => c.ActorName).HasMaxLength(200);
        entity.Property(c => c.What).HasMaxLength(CaseLimits.Change);
    }
}
