using System.ComponentModel.DataAnnotations;
using Fairwatch.Pledges;
using Fairwatch.Sharing;
using Fairwatch.Web;

namespace Fairwatch.Pages.Pledges;

/// <summary>The public pledge form; <see cref="PledgeTaking"/> checks everything again.</summary>
public sealed class PledgeForm : ProtectedForm
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(PledgeLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(EmailAddresses.MaxLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your city or town.")]
    [StringLength(PledgeLimits.CityLength, ErrorMessage = "The city is too long (80 characters at most).")]
    [Display(Name = "City or town")]
    public string City { get; set; } = "";

    [StringLength(PledgeLimits.MessageLength, ErrorMessage = "Your message is too long (280 characters at most).")]
    [Display(Name = "A short message (optional)")]
    public string? Message { get; set; }

    [Display(Name = "Feature me on the home page (first name, city and message only)")]
    public bool WantsFeature { get; set; }

    /// <summary>The referral code of the shared link the person arrived by (from <c>?ref=</c>).</summary>
    public string? Ref { get; set; }

    /// <summary>Where that link was shared (from <c>?via=</c>).</summary>
    public string? Via { get; set; }

    public PledgeSubmission ToSubmission() => new(Name, Email, City, Message, WantsFeature, Homepage, Stamp, Referral.From(Ref, Via));
}
