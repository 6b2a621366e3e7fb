using System.ComponentModel.DataAnnotations;
using Fairwatch.Visits;
using Fairwatch.Web;

namespace Fairwatch.Pages.Volunteer;

/// <summary>The public volunteer application; <see cref="VolunteerService"/> checks everything again.</summary>
public sealed class ApplicationForm : ProtectedForm
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(VolunteerLimits.Name, ErrorMessage = "Your name is too long (200 characters at most).")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(EmailAddresses.MaxLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    [StringLength(VolunteerLimits.Phone, ErrorMessage = "The phone number is too long.")]
    [Display(Name = "Phone (optional)")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Say which languages you speak.")]
    [StringLength(VolunteerLimits.Short, ErrorMessage = "Keep the languages under 200 characters.")]
    [Display(Name = "Languages you speak")]
    public string Languages { get; set; } = "";

    [Required(ErrorMessage = "Say when you could visit.")]
    [StringLength(VolunteerLimits.Availability, ErrorMessage = "Keep your availability under 500 characters.")]
    [Display(Name = "When could you visit?")]
    public string Availability { get; set; } = "";

    [Required(ErrorMessage = "Say where you could travel to.")]
    [StringLength(VolunteerLimits.Short, ErrorMessage = "Keep the area under 200 characters.")]
    [Display(Name = "Where could you travel to?")]
    public string Area { get; set; } = "";

    [StringLength(VolunteerLimits.Short, ErrorMessage = "Keep this under 200 characters.")]
    [Display(Name = "How did you hear about us? (optional)")]
    public string? HowHeard { get; set; }

    [Display(Name = "Our coordinators may contact me about volunteering")]
    public bool Consent { get; set; }

    public ApplicationSubmission ToSubmission() => new(Name, Email, Phone, Languages, Availability, Area, HowHeard, Consent, Homepage, Stamp, Cultures.Current);
}
