using System.ComponentModel.DataAnnotations;
using Fairwatch.Detention;

namespace Fairwatch.Areas.Staff.Pages.Facilities;

/// <summary>The staff form for a facility, in the U.S. or anywhere else.</summary>
public sealed class FacilityForm
{
    [Required(ErrorMessage = "Enter the facility's name.")]
    [StringLength(FacilityLimits.Name, ErrorMessage = "The name is too long.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Address on the site (empty: made from the name)")]
    public string? Slug { get; set; }

    [StringLength(FacilityLimits.Address, ErrorMessage = "The address is too long.")]
    [Display(Name = "Street address")]
    public string? Address { get; set; }

    [StringLength(FacilityLimits.City, ErrorMessage = "The city is too long.")]
    [Display(Name = "City")]
    public string? City { get; set; }

    [StringLength(FacilityLimits.Region, ErrorMessage = "The state or region is too long.")]
    [Display(Name = "State (U.S. two-letter code) or region")]
    public string? Region { get; set; }

    [StringLength(FacilityLimits.PostalCode, ErrorMessage = "The postal code is too long.")]
    [Display(Name = "ZIP or postal code")]
    public string? PostalCode { get; set; }

    [Required(ErrorMessage = "Enter the country as its two-letter code, for example US, MX or GB.")]
    [Display(Name = "Country (two-letter code)")]
    public string? Country { get; set; } = Countries.UnitedStates;

    [Display(Name = "ICE area of responsibility")]
    public string? AreaOfResponsibility { get; set; }

    [StringLength(FacilityLimits.Type, ErrorMessage = "The type is too long.")]
    [Display(Name = "Type (an ICE code such as IGSA, or your own words)")]
    public string? Type { get; set; }

    [Display(Name = "Run by")]
    public OperatorType Operator { get; set; }

    [StringLength(FacilityLimits.Code, ErrorMessage = "Keep this short, for example Male, Female or Female/Male.")]
    [Display(Name = "Who is held there")]
    public string? GenderHoused { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Figures cannot be negative.")]
    [Display(Name = "People held on an average day")]
    public decimal? AverageDailyPopulation { get; set; }

    [Range(0, 100_000, ErrorMessage = "Figures cannot be negative.")]
    [Display(Name = "Average length of stay (days)")]
    public decimal? AverageStayDays { get; set; }

    [Range(0, 1_000_000, ErrorMessage = "Figures cannot be negative.")]
    [Display(Name = "Beds paid for whether used or not")]
    public int? GuaranteedMinimum { get; set; }

    [StringLength(FacilityLimits.Note, ErrorMessage = "Keep this under 200 characters.")]
    [Display(Name = "Period the figures cover")]
    public string? FiguresPeriod { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Last inspection")]
    public DateOnly? LastInspectedOn { get; set; }

    [StringLength(FacilityLimits.Code, ErrorMessage = "Keep this short.")]
    [Display(Name = "Inspection type")]
    public string? LastInspectionType { get; set; }

    [StringLength(FacilityLimits.Code, ErrorMessage = "Keep this short.")]
    [Display(Name = "Inspection rating")]
    public string? LastInspectionRating { get; set; }

    [StringLength(FacilityLimits.Note, ErrorMessage = "Keep this under 200 characters.")]
    [Display(Name = "Source of the figures")]
    public string? Source { get; set; }

    [Range(-90, 90, ErrorMessage = "The latitude is between -90 and 90 and the longitude between -180 and 180.")]
    [Display(Name = "Latitude")]
    public double? Latitude { get; set; }

    [Range(-180, 180, ErrorMessage = "The latitude is between -90 and 90 and the longitude between -180 and 180.")]
    [Display(Name = "Longitude")]
    public double? Longitude { get; set; }

    public FacilityInput ToInput() => new()
    {
        Name = Name, Slug = Slug, Address = Address, City = City, Region = Region, PostalCode = PostalCode, Country = Country,
        AreaOfResponsibility = AreaOfResponsibility, Type = Type, Operator = Operator, GenderHoused = GenderHoused,
        AverageDailyPopulation = AverageDailyPopulation, AverageStayDays = AverageStayDays, GuaranteedMinimum = GuaranteedMinimum,
        FiguresPeriod = FiguresPeriod, LastInspectedOn = LastInspectedOn, LastInspectionType = LastInspectionType,
        LastInspectionRating = LastInspectionRating, Source = Source, Latitude = Latitude, Longitude = Longitude,
    };

    public static FacilityForm From(Facility f) => new()
    {
        Name = f.Name, Slug = f.Slug, Address = f.Address, City = f.City, Region = f.Region, PostalCode = f.PostalCode, Country = f.Country,
        AreaOfResponsibility = f.AreaOfResponsibility, Type = f.Type, Operator = f.Operator, GenderHoused = f.GenderHoused,
        AverageDailyPopulation = f.AverageDailyPopulation, AverageStayDays = f.AverageStayDays, GuaranteedMinimum = f.GuaranteedMinimum,
        FiguresPeriod = f.FiguresPeriod, LastInspectedOn = f.LastInspectedOn, LastInspectionType = f.LastInspectionType,
        LastInspectionRating = f.LastInspectionRating, Source = f.Source, Latitude = f.Latitude, Longitude = f.Longitude,
    };
}
