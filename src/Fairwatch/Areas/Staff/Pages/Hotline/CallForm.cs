using System.ComponentModel.DataAnnotations;
using Fairwatch.Cases;

namespace Fairwatch.Areas.Staff.Pages.Hotline;

/// <summary>The hotline intake form; <see cref="CaseService.LogCallAsync"/> checks everything again.</summary>
public sealed class CallForm
{
    [Required(ErrorMessage = "Enter the date of the call.")]
    [Display(Name = "Date of the call")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Time")]
    public TimeOnly? Time { get; set; }

    [Required(ErrorMessage = "Choose who is calling.")]
    [Display(Name = "Who is calling")]
    public CallerType? Caller { get; set; }

    [Display(Name = "The caller wants to stay anonymous")]
    public bool Anonymous { get; set; }

    [StringLength(CaseLimits.Name, ErrorMessage = "The name is too long (200 characters at most).")]
    [Display(Name = "Name of the person detained or the caller")]
    public string? Name { get; set; }

    [StringLength(CaseLimits.Contact, ErrorMessage = "The contact details are too long (500 characters at most).")]
    [Display(Name = "Contact details")]
    public string? Contact { get; set; }

    [Display(Name = "A-number (optional)")]
    public string? ANumber { get; set; }

    [Display(Name = "Facility")]
    public int? FacilityId { get; set; }

    [Display(Name = "When it happened (optional)")]
    public DateOnly? OccurredOn { get; set; }

    public List<AbuseCategory> Categories { get; set; } = [];

    [Required(ErrorMessage = "Write down what the caller told you.")]
    [StringLength(CaseLimits.Narrative, ErrorMessage = "The account is too long (20,000 characters at most).")]
    [Display(Name = "What the caller told you")]
    public string? Narrative { get; set; }

    [Display(Name = "Urgency")]
    public CaseUrgency Urgency { get; set; }

    [StringLength(CaseLimits.Language, ErrorMessage = "The language is too long (60 characters at most).")]
    [Display(Name = "Language of the caller")]
    public string? Language { get; set; }

    [Display(Name = "The caller agrees that we use the story (without names)")]
    public bool ConsentToShareStory { get; set; }

    [Display(Name = "The person agrees to be named in a complaint")]
    public bool ConsentToName { get; set; }

    public CallIntake ToIntake() => new()
    {
        Date = Date,
        Time = Time,
        Caller = Caller,
        Anonymous = Anonymous,
        Name = Name,
        Contact = Contact,
        ANumber = ANumber,
        FacilityId = FacilityId,
        OccurredOn = OccurredOn,
        Categories = Categories,
        Narrative = Narrative,
        Urgency = Urgency,
        Language = Language,
        ConsentToShareStory = ConsentToShareStory,
        ConsentToName = ConsentToName,
    };
}
