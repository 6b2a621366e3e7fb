using System.ComponentModel.DataAnnotations;
using Fairwatch.Campaigns;

namespace Fairwatch.Areas.Staff.Pages.Campaigns;

public sealed class CampaignForm
{
    [Required(ErrorMessage = "Enter the address.")]
    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/campaigns/…)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [Required(ErrorMessage = "Enter the call in English.")]
    [StringLength(400, ErrorMessage = "The call is too long (400 characters at most).")]
    [Display(Name = "One-line call in English")]
    public string CallEn { get; set; } = "";

    [StringLength(400, ErrorMessage = "The call is too long (400 characters at most).")]
    [Display(Name = "One-line call in Spanish")]
    public string? CallEs { get; set; }

    [StringLength(20_000, ErrorMessage = "The story is too long (20,000 characters at most).")]
    [Display(Name = "About the campaign in English (Markdown)")]
    public string? AboutEn { get; set; }

    [StringLength(20_000, ErrorMessage = "The story is too long (20,000 characters at most).")]
    [Display(Name = "About the campaign in Spanish (Markdown)")]
    public string? AboutEs { get; set; }

    [Display(Name = "Status")]
    public CampaignStatus Status { get; set; }

    public CampaignInput ToInput() => new(Slug, TitleEn, TitleEs, CallEn, CallEs, AboutEn, AboutEs, Status);

    public static CampaignForm From(Campaign c) => new()
    {
        Slug = c.Slug,
        TitleEn = c.Title.En,
        TitleEs = c.Title.Es,
        CallEn = c.Call.En,
        CallEs = c.Call.Es,
        AboutEn = c.About.En,
        AboutEs = c.About.Es,
        Status = c.Status,
    };
}

public sealed class UpdateForm
{
    [Required(ErrorMessage = "Enter the date.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date")]
    public DateTime? PublishedAt { get; set; }

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [Required(ErrorMessage = "Enter the text in English.")]
    [StringLength(20_000, ErrorMessage = "The text is too long (20,000 characters at most).")]
    [Display(Name = "Text in English (Markdown)")]
    public string BodyEn { get; set; } = "";

    [StringLength(20_000, ErrorMessage = "The text is too long (20,000 characters at most).")]
    [Display(Name = "Text in Spanish (Markdown)")]
    public string? BodyEs { get; set; }
}

public sealed class FigureForm
{
    [Required(ErrorMessage = "Enter the label in English.")]
    [StringLength(200, ErrorMessage = "The label is too long (200 characters at most).")]
    [Display(Name = "Label in English")]
    public string LabelEn { get; set; } = "";

    [StringLength(200, ErrorMessage = "The label is too long (200 characters at most).")]
    [Display(Name = "Label in Spanish")]
    public string? LabelEs { get; set; }

    [Required(ErrorMessage = "Enter a number.")]
    [Range(0, long.MaxValue, ErrorMessage = "A figure cannot be negative.")]
    [Display(Name = "Figure")]
    public long? Value { get; set; }

    [Required(ErrorMessage = "Enter the date.")]
    [DataType(DataType.Date)]
    [Display(Name = "True on")]
    public DateTime? AsOf { get; set; }
}

public sealed class StepForm
{
    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [StringLength(1_000, ErrorMessage = "The description is too long (1,000 characters at most).")]
    [Display(Name = "Description in English")]
    public string? DescriptionEn { get; set; }

    [StringLength(1_000, ErrorMessage = "The description is too long (1,000 characters at most).")]
    [Display(Name = "Description in Spanish")]
    public string? DescriptionEs { get; set; }

    [Required(ErrorMessage = "Enter where the step leads.")]
    [StringLength(500, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Link (a page of this site such as /lawmakers, or https://…)")]
    public string Url { get; set; } = "";
}

public sealed class PartnerForm
{
    [Required(ErrorMessage = "Enter the partner's name.")]
    [StringLength(200, ErrorMessage = "That name is too long.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(500, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Web address (optional)")]
    public string? Url { get; set; }

    [Display(Name = "Logo (optional: PNG, JPEG or WebP, up to 5 MB)")]
    public IFormFile? Logo { get; set; }
}

public sealed class ReportForm
{
    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(300, ErrorMessage = "The title is too long (300 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(300, ErrorMessage = "The title is too long (300 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [Required(ErrorMessage = "Enter the date.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date")]
    public DateTime? PublishedAt { get; set; }

    [Required(ErrorMessage = "Choose a file.")]
    [Display(Name = "PDF file (up to 20 MB)")]
    public IFormFile? File { get; set; }
}
