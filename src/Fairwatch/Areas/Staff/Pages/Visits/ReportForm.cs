using System.ComponentModel.DataAnnotations;
using Fairwatch.Cases;
using Fairwatch.Visits;

namespace Fairwatch.Areas.Staff.Pages.Visits;

/// <summary>The visit report form; <see cref="VisitReportService.FileAsync"/> checks everything again.</summary>
public sealed class ReportForm
{
    [Required(ErrorMessage = "Choose the facility you visited.")]
    [Display(Name = "Facility")]
    public int? FacilityId { get; set; }

    [Required(ErrorMessage = "Enter the day of the visit.")]
    [Display(Name = "Day of the visit")]
    public DateOnly? VisitedOn { get; set; }

    [Required(ErrorMessage = "Enter how many people you visited (0 to 500).")]
    [Range(0, 500, ErrorMessage = "Enter how many people you visited (0 to 500).")]
    [Display(Name = "Number of people you visited")]
    public int? PeopleVisited { get; set; }

    public Dictionary<VisitCondition, ConditionAnswer> Conditions { get; set; } = [];

    public List<AbuseCategory> Concerns { get; set; } = [];

    [StringLength(VisitReportService.TextLength, ErrorMessage = "Your observations are too long (10,000 characters at most).")]
    [Display(Name = "What you saw and heard")]
    public string? Observations { get; set; }

    [StringLength(VisitReportService.TextLength, ErrorMessage = "The request for follow-up is too long (10,000 characters at most).")]
    [Display(Name = "Requests for follow-up")]
    public string? FollowUp { get; set; }

    public VisitReportInput ToInput() => new()
    {
        FacilityId = FacilityId, VisitedOn = VisitedOn, PeopleVisited = PeopleVisited, Conditions = Conditions, Concerns = Concerns,
        Observations = Observations, FollowUp = FollowUp,
    };
}
