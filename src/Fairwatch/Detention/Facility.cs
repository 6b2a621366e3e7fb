using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Detention;

/// <summary>Who runs a facility day to day, as far as its type tells (staff can correct it).</summary>
public enum OperatorType
{
    NotKnown = 0,
    PrivateCompany = 1,
    LocalGovernment = 2,
    StateGovernment = 3,
    FederalGovernment = 4,
}

/// <summary>
/// A place where people are held for immigration reasons: one of the facilities in ICE's published
/// statistics (imported, see <see cref="FacilityImport"/>), or one staff add by hand, anywhere in the world.
/// </summary>
public sealed class Facility
{
    public int Id { get; set; }

    /// <summary>The facility's address on the site: /facilities/{slug}.</summary>
    public required string Slug { get; set; }

    /// <summary>The name as the authorities publish it, so that it matches their records.</summary>
    public required string Name { get; set; }

    public string? Address { get; set; }

    public string? City { get; set; }

    /// <summary>For the United States, the two-letter state or territory code; elsewhere a province or region, as written there.</summary>
    public string? Region { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code: "US", "MX", "GB"...</summary>
    public string Country { get; set; } = Countries.UnitedStates;

    /// <summary>ICE's area of responsibility (its field office), as a code such as "NOL"; only for U.S. facilities.</summary>
    public string? AreaOfResponsibility { get; set; }

    /// <summary>ICE's facility type code ("IGSA", "CDF", "USMS IGA"...), or a short description outside the U.S.</summary>
    public string? Type { get; set; }

    public OperatorType Operator { get; set; }

    /// <summary>Who is held there as published: "Male", "Female" or "Female/Male"; empty when not stated.</summary>
    public string? GenderHoused { get; set; }

    /// <summary>Average number of people held on a day over the figures' period.</summary>
    public decimal? AverageDailyPopulation { get; set; }

    /// <summary>Average length of stay, in days.</summary>
    public decimal? AverageStayDays { get; set; }

    /// <summary>Beds the government pays for whether used or not, where a contract says so.</summary>
    public int? GuaranteedMinimum { get; set; }

    /// <summary>The period the population and stay figures cover, for example "FY2026 (to 2026-02-05)".</summary>
    public string? FiguresPeriod { get; set; }

    public string? LastInspectionType { get; set; }

    public DateOnly? LastInspectedOn { get; set; }

    /// <summary>What the source says instead of a date, for example "Scheduled FY26".</summary>
    public string? LastInspectionNote { get; set; }

    public string? LastInspectionStandard { get; set; }

    /// <summary>"Pass", "Fail"... as published.</summary>
    public string? LastInspectionRating { get; set; }

    /// <summary>
    /// The facility's key in an imported file (its name and ZIP code, normalised), so that importing a
    /// newer file updates it instead of adding it twice. Null for facilities staff added by hand.
    /// </summary>
    public string? ImportKey { get; set; }

    /// <summary>Where the published figures come from.</summary>
    public string? Source { get; set; }

    /// <summary>Where to put it on the map: set by staff, or else the centre of its ZIP code area (<see cref="ZipCentroids"/>), which is approximate.</summary>
    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class FacilityConfiguration : IEntityTypeConfiguration<Facility>
{
    public void Configure(EntityTypeBuilder<Facility> entity)
    {
        entity.ToTable("Facilities");
        entity.Property(f => f.Slug).HasMaxLength(Slugs.MaxLength);
        entity.HasIndex(f => f.Slug).IsUnique();
        entity.Property(f => f.Name).HasMaxLength(FacilityLimits.Name);
        entity.Property(f => f.Address).HasMaxLength(FacilityLimits.Address);
        entity.Property(f => f.City).HasMaxLength(FacilityLimits.City);
        entity.Property(f => f.Region).HasMaxLength(FacilityLimits.Region);
        entity.Property(f => f.PostalCode).HasMaxLength(FacilityLimits.PostalCode);
        entity.Property(f => f.Country).HasMaxLength(2);
        entity.Property(f => f.AreaOfResponsibility).HasMaxLength(FacilityLimits.Code);
        entity.Property(f => f.Type).HasMaxLength(FacilityLimits.Type);
        entity.Property(f => f.GenderHoused).HasMaxLength(FacilityLimits.Code);
        entity.Property(f => f.AverageDailyPopulation).HasPrecision(10, 1);
        entity.Property(f => f.AverageStayDays).HasPrecision(10, 1);
        entity.Property(f => f.FiguresPeriod).HasMaxLength(FacilityLimits.Note);
        entity.Property(f => f.LastInspectionType).HasMaxLength(FacilityLimits.Code);
        entity.Property(f => f.LastInspectionNote).HasMaxLength(FacilityLimits.Note);
        entity.Property(f => f.LastInspectionStandard).HasMaxLength(FacilityLimits.Note);
        entity.Property(f => f.LastInspectionRating).HasMaxLength(FacilityLimits.Code);
        entity.Property(f => f.ImportKey).HasMaxLength(FacilityLimits.Name + FacilityLimits.PostalCode + 1);
        entity.HasIndex(f => f.ImportKey).IsUnique();
        entity.Property(f => f.Source).HasMaxLength(FacilityLimits.Note);
        entity.HasIndex(f => new { f.Country, f.Region });
        entity.HasIndex(f => f.AreaOfResponsibility);
    }
}

/// <summary>Column lengths, shared by the model, the import and the staff form.</summary>
public static class FacilityLimits
{
    public const int Name = 200;
    public const int Address = 200;
    public const int City = 100;
    public const int Region = 100;
    public const int PostalCode = 20;
    public const int Code = 20;
    public const int Type = 100;
    public const int Note = 200;
}
