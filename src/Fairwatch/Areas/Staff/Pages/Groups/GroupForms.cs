using System.ComponentModel.DataAnnotations;
using Fairwatch.Events;
using Fairwatch.Visits;

namespace Fairwatch.Areas.Staff.Pages.Groups;

/// <summary>A visitation group's name, area and time zone; <see cref="VisitGroupService"/> checks them again.</summary>
public sealed class GroupForm
{
    [Required(ErrorMessage = "Enter the group's name.")]
    [StringLength(VisitGroupLimits.Name, ErrorMessage = "The name is too long (200 characters at most).")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter where the group works.")]
    [StringLength(VisitGroupLimits.Area, ErrorMessage = "Keep the area under 200 characters.")]
    [Display(Name = "Where the group works")]
    public string? Area { get; set; }

    [Required(ErrorMessage = "Choose the time zone the group's visits are planned in.")]
    [Display(Name = "Time zone of its visits")]
    public string? TimeZoneId { get; set; } = EventTimes.DefaultZoneId;

    public VisitGroupInput ToInput() => new(Name, Area, TimeZoneId);
}

/// <summary>A visit a coordinator publishes for the group's volunteers.</summary>
public sealed class SlotForm
{
    [Required(ErrorMessage = "Choose one of the group's facilities.")]
    [Display(Name = "Facility")]
    public int? FacilityId { get; set; }

    [Required(ErrorMessage = "Enter the day of the visit.")]
    [Display(Name = "Day")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter when the visit starts.")]
    [Display(Name = "Starts at")]
    public TimeOnly? Starts { get; set; }

    [Required(ErrorMessage = "Enter when the visit ends.")]
    [Display(Name = "Ends at")]
    public TimeOnly? Ends { get; set; }

    [Required(ErrorMessage = "Enter how many volunteers can go (1 to 100).")]
    [Range(1, VisitGroupLimits.MaxCapacity, ErrorMessage = "Enter how many volunteers can go (1 to 100).")]
    [Display(Name = "Volunteers who can go")]
    public int? Capacity { get; set; } = 4;

    [Required(ErrorMessage = "Say where the volunteers meet.")]
    [StringLength(VisitGroupLimits.MeetingPoint, ErrorMessage = "Keep the meeting point under 500 characters.")]
    [Display(Name = "Meeting point")]
    public string? MeetingPoint { get; set; }

    [StringLength(VisitGroupLimits.Notes, ErrorMessage = "Keep the notes under 2,000 characters.")]
    [Display(Name = "Notes for the volunteers (optional)")]
    public string? Notes { get; set; }

    public VisitSlotInput ToInput() => new()
    {
        FacilityId = FacilityId, Date = Date, Starts = Starts, Ends = Ends, Capacity = Capacity, MeetingPoint = MeetingPoint, Notes = Notes,
    };
}
