using System.ComponentModel.DataAnnotations;
using Fairwatch.Press;

namespace Fairwatch.Areas.Staff.Pages.Press;

public sealed class ReleaseForm
{
    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/press/…)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(PressLimits.Title, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(PressLimits.Title, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [StringLength(PressLimits.Summary, ErrorMessage = "The summary is too long (500 characters at most).")]
    [Display(Name = "Summary in English")]
    public string? SummaryEn { get; set; }

    [StringLength(PressLimits.Summary, ErrorMessage = "The summary is too long (500 characters at most).")]
    [Display(Name = "Summary in Spanish")]
    public string? SummaryEs { get; set; }

    [StringLength(PressLimits.Body, ErrorMessage = "The text is too long (40,000 characters at most).")]
    [Display(Name = "Text in English (Markdown)")]
    public string? BodyEn { get; set; }

    [StringLength(PressLimits.Body, ErrorMessage = "The text is too long (40,000 characters at most).")]
    [Display(Name = "Text in Spanish (Markdown)")]
    public string? BodyEs { get; set; }

    [Required(ErrorMessage = "Enter the date of the release.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date of the release")]
    public DateTime? ReleasedOn { get; set; }

    public ReleaseInput ToInput() => new(Slug, TitleEn, TitleEs, SummaryEn, SummaryEs, BodyEn, BodyEs, ReleasedOn);

    public static ReleaseForm From(PressRelease r) => new()
    {
        Slug = r.Slug,
        TitleEn = r.Title.En,
        TitleEs = r.Title.Es,
        SummaryEn = r.Summary.En,
        SummaryEs = r.Summary.Es,
        BodyEn = r.Body.En,
        BodyEs = r.Body.Es,
        ReleasedOn = r.ReleasedOn,
    };
}

public sealed class CoverageForm
{
    [Required(ErrorMessage = "Enter the name of the outlet.")]
    [StringLength(PressLimits.Outlet, ErrorMessage = "The name of the outlet is too long (200 characters at most).")]
    [Display(Name = "Outlet")]
    public string Outlet { get; set; } = "";

    [Required(ErrorMessage = "Enter the headline.")]
    [StringLength(PressLimits.Headline, ErrorMessage = "The headline is too long (300 characters at most).")]
    [Display(Name = "Headline")]
    public string Headline { get; set; } = "";

    [Required(ErrorMessage = "Choose the language of the headline.")]
    [Display(Name = "Language of the headline")]
    public string? Language { get; set; }

    [Required(ErrorMessage = "Enter the date it was published.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date published")]
    public DateTime? PublishedOn { get; set; }

    [Required(ErrorMessage = "Enter the link to the story.")]
    [StringLength(PressLimits.Url, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Link to the story")]
    public string Url { get; set; } = "";

    public CoverageInput ToInput() => new(Outlet, Headline, Language, PublishedOn, Url);

    public static CoverageForm From(PressCoverage c) => new()
    {
        Outlet = c.Outlet,
        Headline = c.Headline,
        Language = c.Language,
        PublishedOn = c.PublishedOn,
        Url = c.Url,
    };
}

public sealed class KitItemForm
{
    [Required(ErrorMessage = "Give the file a title in English.")]
    [StringLength(PressLimits.KitTitle, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(PressLimits.KitTitle, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [StringLength(PressLimits.KitDescription, ErrorMessage = "The description is too long (500 characters at most).")]
    [Display(Name = "Description in English (optional)")]
    public string? DescriptionEn { get; set; }

    [StringLength(PressLimits.KitDescription, ErrorMessage = "The description is too long (500 characters at most).")]
    [Display(Name = "Description in Spanish (optional)")]
    public string? DescriptionEs { get; set; }

    [Display(Name = "File (an image up to 5 MB, or a PDF up to 20 MB)")]
    public IFormFile? File { get; set; }

    public KitItemInput ToInput() => new(TitleEn, TitleEs, DescriptionEn, DescriptionEs);

    public static KitItemForm From(MediaKitItem i) => new()
    {
        TitleEn = i.Title.En,
        TitleEs = i.Title.Es,
        DescriptionEn = i.Description.En,
        DescriptionEs = i.Description.Es,
    };
}
