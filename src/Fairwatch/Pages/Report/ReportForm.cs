using System.ComponentModel.DataAnnotations;
using Fairwatch.Cases;
using Fairwatch.Web;

namespace Fairwatch.Pages.Report;

/// <summary>The anonymous report form; <see cref="AnonymousReports"/> checks everything again.</summary>
public sealed class ReportForm : ProtectedForm
{
    [Required(ErrorMessage = "Tell us what happened.")]
    [StringLength(CaseLimits.Narrative, ErrorMessage = "Your account is too long (20,000 characters at most). You can add more later with your receipt code.")]
    [Display(Name = "What happened?")]
    public string Narrative { get; set; } = "";

    [Display(Name = "Where did it happen?")]
    public int? FacilityId { get; set; }

    [StringLength(CaseLimits.Place, ErrorMessage = "The place is too long (300 characters at most).")]
    [Display(Name = "If the place is not in the list, describe it (optional)")]
    public string? Place { get; set; }

    [Display(Name = "When did it happen? (optional)")]
    public DateOnly? OccurredOn { get; set; }

    public List<AbuseCategory> Categories { get; set; } = [];

    [StringLength(CaseLimits.Contact, ErrorMessage = "The contact details are too long (500 characters at most).")]
    [Display(Name = "How can we reach you? (optional)")]
    public string? Contact { get; set; }

    public ReportSubmission ToSubmission() => new(Narrative, FacilityId, Place, OccurredOn, Categories, Contact, Homepage, Stamp, Cultures.Current);
}

/// <summary>The receipt code as the reporter types it back.</summary>
public sealed class ReceiptForm
{
    [Required(ErrorMessage = "Enter your 16-digit receipt code.")]
    [Display(Name = "Your receipt code")]
    public string Code { get; set; } = "";

    [Display(Name = "What do you want to add?")]
    public string? Text { get; set; }
}
