using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Visits;

/// <summary>Where an applicant stands. Coordinators move them on, one step at a time, or decline.</summary>
public enum ApplicantStatus
{
    Applied = 0,
    Screening = 1,
    Training = 2,

    /// <summary>Trained and invited to sign in as a volunteer.</summary>
    Active = 3,
    Declined = 4,
}

/// <summary>
/// Someone who offered to visit people in detention. Contact details are for coordinators only.
/// Coordinators' notes about them are sealed with the application's own data key (see Protection/).
/// </summary>
public sealed class VolunteerApplication
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Trimmed and lower-cased.</summary>
    public required string Email { get; set; }

    public string? Phone { get; set; }

    public required string Languages { get; set; }

    public required string Availability { get; set; }

    /// <summary>Where they can travel to: a city, a county, facilities they know.</summary>
    public required string Area { get; set; }

    public string? HowHeard { get; set; }

    public required string Culture { get; set; }

    public ApplicantStatus Status { get; set; }

    public DateTime AppliedAt { get; set; }

    public DateTime StatusChangedAt { get; set; }

    /// <summary>Their staff account, once activated.</summary>
    public string? StaffUserId { get; set; }

    public long? DataKeyId { get; set; }

    public List<ApplicantNote> Notes { get; set; } = [];
}

public sealed class ApplicantNote
{
    public long Id { get; set; }

    public int ApplicationId { get; set; }

    public string? AuthorId { get; set; }

    public required string AuthorName { get; set; }

    public DateTime At { get; set; }

    /// <summary>What happened, for example "Status: Applied → Screening"; empty for a plain note.</summary>
    public string? Change { get; set; }

    public byte[]? TextSealed { get; set; }
}

public static class VolunteerLimits
{
    public const int Name = 200;
    public const int Phone = 40;
    public const int Short = 200;
    public const int Availability = 500;
    public const int Note = 5_000;
}

internal sealed class VolunteerApplicationConfiguration : IEntityTypeConfiguration<VolunteerApplication>, IEntityTypeConfiguration<ApplicantNote>
{
    public void Configure(EntityTypeBuilder<VolunteerApplication> entity)
    {
        entity.ToTable("VolunteerApplications");
        entity.Property(a => a.Name).HasMaxLength(VolunteerLimits.Name);
        entity.Property(a => a.Email).HasMaxLength(EmailAddresses.MaxLength);
        entity.Property(a => a.Phone).HasMaxLength(VolunteerLimits.Phone);
        entity.Property(a => a.Languages).HasMaxLength(VolunteerLimits.Short);
        entity.Property(a => a.Availability).HasMaxLength(VolunteerLimits.Availability);
        entity.Property(a => a.Area).HasMaxLength(VolunteerLimits.Short);
        entity.Property(a => a.HowHeard).HasMaxLength(VolunteerLimits.Short);
        entity.Property(a => a.Culture).HasMaxLength(5);
        entity.Property(a => a.StaffUserId).HasMaxLength(450);
        entity.HasIndex(a => new { a.Status, a.AppliedAt });
        entity.HasIndex(a => a.Email);
        entity.HasOne<Protection.DataKey>().WithMany().HasForeignKey(a => a.DataKeyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Accounts.StaffUser>().WithMany().HasForeignKey(a => a.StaffUserId).OnDelete(DeleteBehavior.SetNull);
        entity.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ApplicantNote> entity)
    {
        entity.ToTable("ApplicantNotes");
        entity.Property(n => n.AuthorId).HasMaxLength(450);
        entity.Property(n => n.AuthorName).HasMaxLength(200);
        entity.Property(n => n.Change).HasMaxLength(200);
    }
}
