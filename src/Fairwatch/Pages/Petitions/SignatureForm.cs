using System.ComponentModel.DataAnnotations;
using Fairwatch.Petitions;
using Fairwatch.Sharing;

namespace Fairwatch.Pages.Petitions;

/// <summary>The public signature form; <see cref="PetitionSigning"/> checks everything again.</summary>
public sealed class SignatureForm
{
    [Required(ErrorMessage = "Enter your first name.")]
    [StringLength(PetitionLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "First name")]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Enter your last name.")]
    [StringLength(PetitionLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "Last name")]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(PetitionLimits.EmailLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "E-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter your ZIP code.")]
    [StringLength(10, ErrorMessage = "Enter a ZIP code of 5 digits, for example 20001.")]
    [Display(Name = "ZIP code")]
    public string Zip { get; set; } = "";

    [StringLength(PetitionLimits.CommentLength, ErrorMessage = "Your comment is too long (1,000 characters at most).")]
    [Display(Name = "Comment (optional)")]
    public string? Comment { get; set; }

    [Display(Name = "Show my first name and state on this petition's page")]
    public bool ShowName { get; set; }

    [Display(Name = "Send me updates about this petition by e-mail")]
    public bool WantsUpdates { get; set; }

    /// <summary>The honeypot: hidden from people by the stylesheet, filled in by scripts that fill in everything.</summary>
    [Display(Name = "Leave this field empty")]
    public string? Website { get; set; }

    /// <summary>When and for which petition the form was shown, signed (see <see cref="PetitionSigning.IssueStamp"/>).</summary>
    public string? Stamp { get; set; }

    /// <summary>The referral code of the shared link the signer arrived by (from <c>?ref=</c>).</summary>
    public string? Ref { get; set; }

    /// <summary>Where that link was shared (from <c>?via=</c>).</summary>
    public string? Via { get; set; }

    public SignatureSubmission ToSubmission() => new(FirstName, LastName, Email, Zip, Comment, ShowName, WantsUpdates, Website, Stamp, Referral.From(Ref, Via));
}
