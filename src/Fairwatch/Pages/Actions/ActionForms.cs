using System.ComponentModel.DataAnnotations;
using Fairwatch.Actions;

namespace Fairwatch.Pages.Actions;

/// <summary>The letter form, as typed; <see cref="LetterService"/> checks every field and says what is wrong.</summary>
public sealed class LetterForm
{
    [Display(Name = "How Congress should address you")]
    public string? Prefix { get; set; }

    [Display(Name = "First name")]
    public string? FirstName { get; set; }

    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Display(Name = "Street address")]
    public string? Address1 { get; set; }

    [Display(Name = "Apartment, suite or unit (optional)")]
    public string? Address2 { get; set; }

    [Display(Name = "City or town")]
    public string? City { get; set; }

    [Display(Name = "State")]
    public string? State { get; set; }

    [Display(Name = "ZIP code")]
    public string? Zip { get; set; }

    [Display(Name = "Subject")]
    public string? Subject { get; set; }

    [Display(Name = "Your letter")]
    public string? Body { get; set; }

    /// <summary>The honeypot: hidden from people by the stylesheet, filled in by scripts that fill in everything.</summary>
    [Display(Name = "Leave this field empty")]
    public string? Website { get; set; }

    public string? Stamp { get; set; }

    /// <summary>Where Congress is written to, the ZIP code comes from the lookup; otherwise the supporter types it here.</summary>
    public LetterSubmission ToSubmission(string? lookupZip, string? district, string culture) => new(
        lookupZip ?? Zip, district, Prefix, FirstName, LastName, Email, Address1, Address2, City, State, Subject, Body, Website, Stamp, culture);
}

/// <summary>The fields every call and share form carries besides its own: the honeypot and the time stamp.</summary>
public sealed class ReplyForm
{
    [Display(Name = "Leave this field empty")]
    public string? Website { get; set; }

    public string? Stamp { get; set; }

    public string? BioguideId { get; set; }

    public CallOutcome? Outcome { get; set; }

    public SocialPlatform? Platform { get; set; }

    [Display(Name = "Your Mastodon server")]
    public string? Instance { get; set; }
}
