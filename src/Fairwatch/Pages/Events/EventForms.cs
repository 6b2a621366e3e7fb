using System.ComponentModel.DataAnnotations;
using Fairwatch.Events;
using Fairwatch.Sharing;
using Fairwatch.Web;

namespace Fairwatch.Pages.Events;

/// <summary>The public reply form of an event; <see cref="EventService"/> checks everything again.</summary>
public sealed class RsvpForm : ProtectedForm
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(EventLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(EventLimits.EmailLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose how many people are coming, yourself included.")]
    [Range(1, 1_000, ErrorMessage = "Choose how many people are coming, yourself included.")]
    [Display(Name = "How many people are coming, you included")]
    public int? PartySize { get; set; } = 1;

    /// <summary>The referral code of the shared link the person arrived by (from <c>?ref=</c>).</summary>
    public string? Ref { get; set; }

    /// <summary>Where that link was shared (from <c>?via=</c>).</summary>
    public string? Via { get; set; }

    public RsvpSubmission ToSubmission(int eventId) => new(eventId, Name, Email, PartySize, Homepage, Stamp, Cultures.Current, Referral.From(Ref, Via));
}

/// <summary>The public form to offer to host a screening; <see cref="HostRequestService"/> checks everything again.</summary>
public sealed class HostForm : ProtectedForm
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(EventLimits.NameLength, ErrorMessage = "Your name is too long (80 characters at most).")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(EventLimits.EmailLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    [StringLength(EventLimits.OrganisationLength, ErrorMessage = "The organisation's name is too long (200 characters at most).")]
    [Display(Name = "Organisation (optional)")]
    public string? Organisation { get; set; }

    [Required(ErrorMessage = "Enter the city and the place where you would hold the screening.")]
    [StringLength(EventLimits.PlaceLength, ErrorMessage = "The place is too long (200 characters at most).")]
    [Display(Name = "City and place")]
    public string Place { get; set; } = "";

    [Required(ErrorMessage = "Enter the date you propose.")]
    [DataType(DataType.Date)]
    [Display(Name = "Proposed date")]
    public DateTime? ProposedDate { get; set; }

    [Required(ErrorMessage = "Enter how many people you expect, as a number from 1 to 100,000.")]
    [Range(1, EventLimits.MaxCapacity, ErrorMessage = "Enter how many people you expect, as a number from 1 to 100,000.")]
    [Display(Name = "Expected audience")]
    public int? ExpectedAudience { get; set; }

    [Display(Name = "Film you would like to show")]
    public int? FilmId { get; set; }

    [StringLength(EventLimits.MessageLength, ErrorMessage = "Your message is too long (2,000 characters at most).")]
    [Display(Name = "Message (optional)")]
    public string? Message { get; set; }

    public HostRequestSubmission ToSubmission() => new(
        Name, Email, Organisation, Place, ProposedDate is DateTime date ? DateOnly.FromDateTime(date) : null,
        ExpectedAudience, FilmId, Message, Homepage, Stamp, Cultures.Current);
}
