using System.ComponentModel.DataAnnotations;
using Fairwatch.Sharing;
using Fairwatch.Signups;
using Fairwatch.Web;

namespace Fairwatch.Pages.Signups;

/// <summary>The public sign-up form; <see cref="SignupService"/> checks everything again.</summary>
public sealed class SignupForm : ProtectedForm
{
    [StringLength(SignupLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "Your name (optional)")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(EmailAddresses.MaxLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose the language of the e-mails.")]
    [Display(Name = "Language of the e-mails")]
    public string Language { get; set; } = Cultures.English;

    /// <summary>The referral code of the shared link the person arrived by (from <c>?ref=</c>).</summary>
    public string? Ref { get; set; }

    /// <summary>Where that link was shared (from <c>?via=</c>).</summary>
    public string? Via { get; set; }

    public SignupSubmission ToSubmission() => new(Name, Email, Language, Homepage, Stamp, Referral.From(Ref, Via));
}
