using System.ComponentModel.DataAnnotations;
using Fairwatch.Photos;
using Fairwatch.Sharing;
using Fairwatch.Web;

namespace Fairwatch.Pages.Photos;

/// <summary>The public photo form; <see cref="PhotoWallService"/> checks everything again.</summary>
public sealed class PhotoForm : ProtectedForm
{
    [Display(Name = "Your photo (JPEG or PNG, up to 5 MB)")]
    public IFormFile? Photo { get; set; }

    [Required(ErrorMessage = "Describe what the photo shows.")]
    [StringLength(PhotoLimits.CaptionLength, ErrorMessage = "The caption is too long (250 characters at most).")]
    [Display(Name = "Caption: what the photo shows")]
    public string Caption { get; set; } = "";

    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(PhotoLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(EmailAddresses.MaxLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    /// <summary>The referral code of the shared link the person arrived by (from <c>?ref=</c>).</summary>
    public string? Ref { get; set; }

    /// <summary>Where that link was shared (from <c>?via=</c>).</summary>
    public string? Via { get; set; }

    public PhotoSubmission ToSubmission() => new(Photo, Caption, Name, Email, Homepage, Stamp, Referral.From(Ref, Via));
}
