using System.ComponentModel.DataAnnotations;
using Fairwatch.Blog;

namespace Fairwatch.Areas.Staff.Pages.Blog;

public sealed class PostForm
{
    [Required(ErrorMessage = "Enter the address.")]
    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/blog/…)")]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(BlogLimits.Title, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(BlogLimits.Title, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [StringLength(BlogLimits.Summary, ErrorMessage = "The summary is too long (500 characters at most).")]
    [Display(Name = "Summary in English")]
    public string? SummaryEn { get; set; }

    [StringLength(BlogLimits.Summary, ErrorMessage = "The summary is too long (500 characters at most).")]
    [Display(Name = "Summary in Spanish")]
    public string? SummaryEs { get; set; }

    [StringLength(BlogLimits.Body, ErrorMessage = "The text is too long (40,000 characters at most).")]
    [Display(Name = "Text in English (Markdown)")]
    public string? BodyEn { get; set; }

    [StringLength(BlogLimits.Body, ErrorMessage = "The text is too long (40,000 characters at most).")]
    [Display(Name = "Text in Spanish (Markdown)")]
    public string? BodyEs { get; set; }

    [Required(ErrorMessage = "Choose the author.")]
    [Display(Name = "Author")]
    public int? AuthorId { get; set; }

    [Required(ErrorMessage = "Enter the date.")]
    [DataType(DataType.Date)]
    [Display(Name = "Publication date")]
    public DateTime? PublishedAt { get; set; }

    [Display(Name = "Campaign (optional)")]
    public int? CampaignId { get; set; }

    public PostInput ToInput() =>
        new(Slug, TitleEn, TitleEs, SummaryEn, SummaryEs, BodyEn, BodyEs, AuthorId ?? 0, PublishedAt ?? DateTime.UtcNow.Date, CampaignId);

    public static PostForm From(BlogPost p) => new()
    {
        Slug = p.Slug,
        TitleEn = p.Title.En,
        TitleEs = p.Title.Es,
        SummaryEn = p.Summary.En,
        SummaryEs = p.Summary.Es,
        BodyEn = p.Body.En,
        BodyEs = p.Body.Es,
        AuthorId = p.AuthorId,
        PublishedAt = p.PublishedAt,
        CampaignId = p.CampaignId,
    };
}

public sealed class AuthorForm
{
    [Required(ErrorMessage = "Enter the author's name.")]
    [StringLength(BlogLimits.AuthorName, ErrorMessage = "That name is too long.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [StringLength(BlogLimits.Bio, ErrorMessage = "The bio is too long (2,000 characters at most).")]
    [Display(Name = "Bio in English")]
    public string? BioEn { get; set; }

    [StringLength(BlogLimits.Bio, ErrorMessage = "The bio is too long (2,000 characters at most).")]
    [Display(Name = "Bio in Spanish")]
    public string? BioEs { get; set; }

    public AuthorInput ToInput() => new(Name, BioEn, BioEs);

    public static AuthorForm From(BlogAuthor a) => new() { Name = a.Name, BioEn = a.Bio.En, BioEs = a.Bio.Es };
}

public sealed class TagForm
{
    [Required(ErrorMessage = "Enter the tag in English.")]
    [StringLength(BlogLimits.TagName, ErrorMessage = "The tag is too long (60 characters at most).")]
    [Display(Name = "Tag in English")]
    public string NameEn { get; set; } = "";

    [StringLength(BlogLimits.TagName, ErrorMessage = "The tag is too long (60 characters at most).")]
    [Display(Name = "Tag in Spanish")]
    public string? NameEs { get; set; }
}

public sealed class FactForm
{
    [Required(ErrorMessage = "Enter the fact in English.")]
    [StringLength(BlogLimits.Fact, ErrorMessage = "The fact is too long (600 characters at most).")]
    [Display(Name = "Fact in English")]
    public string TextEn { get; set; } = "";

    [StringLength(BlogLimits.Fact, ErrorMessage = "The fact is too long (600 characters at most).")]
    [Display(Name = "Fact in Spanish")]
    public string? TextEs { get; set; }

    [Required(ErrorMessage = "Enter the name of the source in English.")]
    [StringLength(BlogLimits.SourceTitle, ErrorMessage = "The name of the source is too long (200 characters at most).")]
    [Display(Name = "Source in English, for example “U.S. Census Bureau, 2024”")]
    public string SourceTitleEn { get; set; } = "";

    [StringLength(BlogLimits.SourceTitle, ErrorMessage = "The name of the source is too long (200 characters at most).")]
    [Display(Name = "Source in Spanish")]
    public string? SourceTitleEs { get; set; }

    [Required(ErrorMessage = "Enter the web address of the source.")]
    [StringLength(BlogLimits.Url, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Web address of the source (https://…)")]
    public string SourceUrl { get; set; } = "";

    public FactInput ToInput() => new(TextEn, TextEs, SourceTitleEn, SourceTitleEs, SourceUrl);
}

public sealed class SocialPostForm
{
    [Required(ErrorMessage = "Enter the text in English.")]
    [StringLength(BlogLimits.SocialText, ErrorMessage = "The text is too long (400 characters at most).")]
    [Display(Name = "Text in English")]
    public string TextEn { get; set; } = "";

    [StringLength(BlogLimits.SocialText, ErrorMessage = "The text is too long (400 characters at most).")]
    [Display(Name = "Text in Spanish")]
    public string? TextEs { get; set; }

    [StringLength(BlogLimits.Hashtags, ErrorMessage = "The hashtags are too long (200 characters at most).")]
    [Display(Name = "Hashtags in English, for example #DueProcess")]
    public string? HashtagsEn { get; set; }

    [StringLength(BlogLimits.Hashtags, ErrorMessage = "The hashtags are too long (200 characters at most).")]
    [Display(Name = "Hashtags in Spanish (if different)")]
    public string? HashtagsEs { get; set; }

    public SocialPostInput ToInput() => new(TextEn, TextEs, HashtagsEn, HashtagsEs);
}
