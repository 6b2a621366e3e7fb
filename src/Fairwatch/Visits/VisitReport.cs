using Fairwatch.Cases;
using Fairwatch.Detention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Visits;

/// <summary>The conditions a visitor is asked about after every visit. The numbers are stored: never reuse one.</summary>
public enum VisitCondition
{
    MedicalCare = 1,
    Food = 2,
    Sanitation = 3,
    AccessToLawyers = 4,
    Solitary = 5,
    LanguageAccess = 6,
    Temperature = 7,
    FamilyContact = 8,
}

public enum ConditionAnswer
{
    NotObserved = 0,
    Adequate = 1,
    Concern = 2,
}

/// <summary>
/// What a volunteer saw on a visit. No names: the number of people visited, a checklist of conditions,
/// concerns by category, and (sealed) observations and requests for follow-up. A request for
/// follow-up becomes a case for staff (<see cref="CaseId"/>).
/// </summary>
public sealed class VisitReport
{
    public int Id { get; set; }

    public required string VolunteerId { get; set; }

    public int FacilityId { get; set; }

    public DateOnly VisitedOn { get; set; }

    public int PeopleVisited { get; set; }

    public DateTime FiledAt { get; set; }

    public long? DataKeyId { get; set; }

    public byte[]? ObservationsSealed { get; set; }

    public byte[]? FollowUpSealed { get; set; }

    /// <summary>The case the request for follow-up became.</summary>
    public int? CaseId { get; set; }

    public List<VisitReportCondition> Conditions { get; set; } = [];

    public List<VisitReportConcern> Concerns { get; set; } = [];
}

public sealed class VisitReportCondition
{
    public int ReportId { get; set; }

    public VisitCondition Condition { get; set; }

    public ConditionAnswer Answer { get; set; }
}

public sealed class VisitReportConcern
{
    public int ReportId { get; set; }

    public AbuseCategory Category { get; set; }
}

internal sealed class VisitReportConfiguration :
    IEntityTypeConfiguration<VisitReport>, IEntityTypeConfiguration<VisitReportCondition>, IEntityTypeConfiguration<VisitReportConcern>
{
    public void Configure(EntityTypeBuilder<VisitReport> entity)
    {
        entity.ToTable("VisitReports");
        entity.Property(r => r.VolunteerId).HasMaxLength(450);
        entity.HasIndex(r => new { r.VolunteerId, r.VisitedOn });
        entity.HasIndex(r => new { r.FacilityId, r.VisitedOn });
        entity.HasOne<Facility>().WithMany().HasForeignKey(r => r.FacilityId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Accounts.StaffUser>().WithMany().HasForeignKey(r => r.VolunteerId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Protection.DataKey>().WithMany().HasForeignKey(r => r.DataKeyId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.SetNull);
        entity.HasMany(r => r.Conditions).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(r => r.Concerns).WithOne().HasForeignKey(c => c.ReportId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VisitReportCondition> entity)
    {
        entity.ToTable("VisitReportConditions");
        entity.HasKey(c => new { c.ReportId, c.Condition });
    }

    public void Configure(EntityTypeBuilder<VisitReportConcern> entity)
    {
        entity.ToTable("VisitReportConcerns");
        entity.HasKey(c => new { c.ReportId, c.Category });
    }
}

public static class VisitConditions
{
    public static readonly IReadOnlyList<VisitCondition> All = Enum.GetValues<VisitCondition>();

    public static string Name(VisitCondition condition) => condition switch
    {
        VisitCondition.MedicalCare => "Medical care",
        VisitCondition.Food => "Food",
        VisitCondition.Sanitation => "Sanitation and hygiene",
        VisitCondition.AccessToLawyers => "Access to lawyers",
        VisitCondition.Solitary => "Use of solitary confinement",
        VisitCondition.LanguageAccess => "Language access",
        VisitCondition.Temperature => "Temperature and bedding",
        _ => "Contact with family",
    };

    public static string Name(ConditionAnswer answer) => answer switch
    {
        ConditionAnswer.Adequate => "No concern",
        ConditionAnswer.Concern => "Concern",
        _ => "Not observed",
    };
}
