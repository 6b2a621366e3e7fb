using Fairwatch.Accounts;
using Fairwatch.Detention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Visits;

/// <summary>
/// A visitation group: volunteers who visit the facilities the group has adopted. The group's name
/// and area are public (facility pages say who covers them); its members never are.
/// </summary>
public sealed class VisitGroup
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>Where the group works, for example "Puget Sound, WA".</summary>
    public required string Area { get; set; }

    /// <summary>The zone the group's visits are planned in (an IANA id, for example America/Los_Angeles).</summary>
    public required string TimeZoneId { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<GroupFacility> Facilities { get; set; } = [];

    public List<GroupMember> Members { get; set; } = [];
}

/// <summary>A facility a group has adopted: it plans visits there.</summary>
public sealed class GroupFacility
{
    public int GroupId { get; set; }

    public int FacilityId { get; set; }

    public DateTime AdoptedAt { get; set; }
}

/// <summary>A volunteer in a group: they see and sign up for the group's visits.</summary>
public sealed class GroupMember
{
    public int GroupId { get; set; }

    public required string UserId { get; set; }

    public DateTime JoinedAt { get; set; }
}

/// <summary>
/// A visit a coordinator has published: a facility, a time, how many volunteers can go and where
/// they meet. Times are stored in UTC with the time zone they were planned in.
/// </summary>
public sealed class VisitSlot
{
    public int Id { get; set; }

    public int GroupId { get; set; }

    public int FacilityId { get; set; }

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public required string TimeZoneId { get; set; }

    public int Capacity { get; set; }

    public required string MeetingPoint { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    public List<VisitSignup> Signups { get; set; } = [];
}

/// <summary>A volunteer's place on a visit. Cancelling removes it, which frees the place.</summary>
public sealed class VisitSignup
{
    public int SlotId { get; set; }

    public required string VolunteerId { get; set; }

    public DateTime SignedUpAt { get; set; }

    /// <summary>When the reminder was written to the outbox; set once, so that it goes once.</summary>
    public DateTime? RemindedAt { get; set; }
}

public static class VisitGroupLimits
{
    public const int Name = 200;
    public const int Area = 200;
    public const int MeetingPoint = 500;
    public const int Notes = 2_000;
    public const int MaxCapacity = 100;
}

internal sealed class VisitGroupConfiguration :
    IEntityTypeConfiguration<VisitGroup>, IEntityTypeConfiguration<GroupFacility>, IEntityTypeConfiguration<GroupMember>,
    IEntityTypeConfiguration<VisitSlot>, IEntityTypeConfiguration<VisitSignup>
{
    public void Configure(EntityTypeBuilder<VisitGroup> entity)
    {
        entity.ToTable("VisitGroups");
        entity.Property(g => g.Name).HasMaxLength(VisitGroupLimits.Name);
        entity.Property(g => g.Area).HasMaxLength(VisitGroupLimits.Area);
        entity.Property(g => g.TimeZoneId).HasMaxLength(64);
        entity.HasIndex(g => g.Name).IsUnique();
        entity.HasMany(g => g.Facilities).WithOne().HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GroupFacility> entity)
    {
        entity.ToTable("VisitGroupFacilities");
        entity.HasKey(f => new { f.GroupId, f.FacilityId });
        entity.HasIndex(f => f.FacilityId);
        entity.HasOne<Facility>().WithMany().HasForeignKey(f => f.FacilityId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GroupMember> entity)
    {
        entity.ToTable("VisitGroupMembers");
        entity.HasKey(m => new { m.GroupId, m.UserId });
        entity.Property(m => m.UserId).HasMaxLength(450);
        entity.HasIndex(m => m.UserId);
        entity.HasOne<StaffUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VisitSlot> entity)
    {
        entity.ToTable("VisitSlots");
        entity.Property(s => s.TimeZoneId).HasMaxLength(64);
        entity.Property(s => s.MeetingPoint).HasMaxLength(VisitGroupLimits.MeetingPoint);
        entity.Property(s => s.Notes).HasMaxLength(VisitGroupLimits.Notes);
        entity.HasIndex(s => new { s.GroupId, s.StartsAt });
        entity.HasIndex(s => s.StartsAt);
        entity.HasOne<VisitGroup>().WithMany().HasForeignKey(s => s.GroupId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Facility>().WithMany().HasForeignKey(s => s.FacilityId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(s => s.Signups).WithOne().HasForeignKey(s => s.SlotId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VisitSignup> entity)
    {
        entity.ToTable("VisitSignups");
        entity.HasKey(s => new { s.SlotId, s.VolunteerId });
        entity.Property(s => s.VolunteerId).HasMaxLength(450);
        entity.HasIndex(s => s.VolunteerId);
        entity.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.VolunteerId).OnDelete(DeleteBehavior.Cascade);
    }
}
