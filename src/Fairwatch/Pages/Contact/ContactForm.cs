using System.ComponentModel.DataAnnotations;
using Fairwatch.Contact;
using Fairwatch.Web;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Contact;

/// <summary>The public contact form; <see cref="ContactService"/> checks everything again.</summary>
public sealed class ContactForm : ProtectedForm
{
    [Required(ErrorMessage = "Enter your name.")]
    [StringLength(ContactLimits.NameLength, ErrorMessage = "Your name is too long (100 characters at most).")]
    [Display(Name = "Your name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter your e-mail address.")]
    [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
    [StringLength(EmailAddresses.MaxLength, ErrorMessage = "That e-mail address is too long.")]
    [Display(Name = "Your e-mail address")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose what your message is about.")]
    [Display(Name = "What is it about?")]
    public ContactTopic? Topic { get; set; }

    [Required(ErrorMessage = "Write your message.")]
    [StringLength(ContactLimits.MessageLength, ErrorMessage = "Your message is too long (5,000 characters at most).")]
    [Display(Name = "Your message")]
    public string Message { get; set; } = "";

    public ContactSubmission ToSubmission(string culture) => new(Name, Email, Topic, Message, Homepage, Stamp, culture);

    public static LocalizedString TopicName(IStringLocalizer localizer, ContactTopic topic) => topic switch
    {
        ContactTopic.Press => localizer["Press and media"],
        ContactTopic.Screenings => localizer["Screenings"],
        ContactTopic.Other => localizer["Something else"],
        _ => localizer["A general question"],
    };
}
