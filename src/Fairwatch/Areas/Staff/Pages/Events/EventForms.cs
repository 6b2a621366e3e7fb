using System.ComponentModel.DataAnnotations;
using Fairwatch.Campaigns;
using Fairwatch.Events;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Events;

public sealed class EventForm
{
    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(EventLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(EventLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/events/…)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the date of the event.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date")]
    public DateTime? Date { get; set; }

    [Required(ErrorMessage = "Enter the time the event starts.")]
    [Display(Name = "Starts at")]
    public TimeOnly? StartTime { get; set; }

    [Required(ErrorMessage = "Enter the time the event ends.")]
    [Display(Name = "Ends at")]
    public TimeOnly? EndTime { get; set; }

    [Required(ErrorMessage = "Choose the time zone the event happens in.")]
    [Display(Name = "Time zone")]
    public string? TimeZoneId { get; set; } = EventTimes.DefaultZoneId;

    public EventFormat Format { get; set; }

    [StringLength(EventLimits.VenueLength, ErrorMessage = "The venue's name is too long (200 characters at most).")]
    [Display(Name = "Venue")]
    public string? Venue { get; set; }

    [StringLength(EventLimits.AddressLength, ErrorMessage = "The address is too long (400 characters at most).")]
    [Display(Name = "Street address")]
    public string? Address { get; set; }

    [StringLength(EventLimits.UrlLength, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Where people join online")]
    public string? OnlineUrl { get; set; }

    [Required(ErrorMessage = "The capacity is the number of people who can come, from 1 to 100,000.")]
    [Range(1, EventLimits.MaxCapacity, ErrorMessage = "The capacity is the number of people who can come, from 1 to 100,000.")]
    [Display(Name = "Capacity (people)")]
    public int? Capacity { get; set; }

    [Display(Name = "Film shown")]
    public int? FilmId { get; set; }

    [Display(Name = "Campaign")]
    public int? CampaignId { get; set; }

    public int? HostRequestId { get; set; }

    [StringLength(EventLimits.DescriptionLength, ErrorMessage = "The description is too long (20,000 characters at most).")]
    [Display(Name = "Description in English (Markdown)")]
    public string? DescriptionEn { get; set; }

    [StringLength(EventLimits.DescriptionLength, ErrorMessage = "The description is too long (20,000 characters at most).")]
    [Display(Name = "Description in Spanish (Markdown)")]
    public string? DescriptionEs { get; set; }

    public EventInput ToInput() => new()
    {
        Slug = Slug,
        TitleEn = TitleEn,
        TitleEs = TitleEs,
        DescriptionEn = DescriptionEn,
        DescriptionEs = DescriptionEs,
        Date = Date is DateTime date ? DateOnly.FromDateTime(date) : null,
        StartTime = StartTime,
        EndTime = EndTime,
        TimeZoneId = TimeZoneId,
        Format = Format,
        Venue = Venue,
        Address = Address,
        OnlineUrl = OnlineUrl,
        Capacity = Capacity,
        FilmId = FilmId,
        CampaignId = CampaignId,
        HostRequestId = HostRequestId,
    };

    public static EventForm From(EventInput input) => new()
    {
        Slug = input.Slug,
        TitleEn = input.TitleEn ?? "",
        TitleEs = input.TitleEs,
        DescriptionEn = input.DescriptionEn,
        DescriptionEs = input.DescriptionEs,
        Date = input.Date?.ToDateTime(TimeOnly.MinValue),
        StartTime = input.StartTime,
        EndTime = input.EndTime,
        TimeZoneId = input.TimeZoneId,
        Format = input.Format,
        Venue = input.Venue,
        Address = input.Address,
        OnlineUrl = input.OnlineUrl,
        Capacity = input.Capacity,
        FilmId = input.FilmId,
        CampaignId = input.CampaignId,
        HostRequestId = input.HostRequestId,
    };

    /// <summary>When the form already has mistakes, adds the service's own checks of the other fields, so staff see every mistake at once.</summary>
    public static void AddFieldProblems(ModelStateDictionary modelState, IEnumerable<ChangeResult> problems, IStringLocalizer localizer)
    {
        foreach (var problem in problems.Where(p => p.Field is not null))
        {
            var key = $"Event.{problem.Field}";
            if (modelState[key] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(key, localizer[problem.Error!]);
            }
        }
    }
}

/// <summary>What the event form offers to choose from.</summary>
public sealed record EventChoices(IReadOnlyList<Film> Films, IReadOnlyList<Campaign> Campaigns)
{
    public const string ViewDataKey = "EventChoices";
}
