using System.ComponentModel.DataAnnotations;
using Fairwatch.Pledges;

namespace Fairwatch.Areas.Staff.Pages.Pledges;

public sealed class PledgeEditForm
{
    [Required(ErrorMessage = "Enter the address.")]
    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/pledges/…)")]
    public string Slug { get; set; } = "";

    [Display(Name = "Campaign")]
    public int? CampaignId { get; set; }

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(PledgeLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(PledgeLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [Required(ErrorMessage = "Enter the pledge in English.")]
    [StringLength(PledgeLimits.TextLength, ErrorMessage = "The pledge is too long (5,000 characters at most).")]
    [Display(Name = "The pledge in English (Markdown)")]
    public string TextEn { get; set; } = "";

    [StringLength(PledgeLimits.TextLength, ErrorMessage = "The pledge is too long (5,000 characters at most).")]
    [Display(Name = "The pledge in Spanish (Markdown)")]
    public string? TextEs { get; set; }

    public PledgeInput ToInput() => new(Slug, CampaignId, TitleEn, TitleEs, TextEn, TextEs);

    public static PledgeEditForm From(Pledge p) => new()
    {
        Slug = p.Slug,
        CampaignId = p.CampaignId,
        TitleEn = p.Title.En,
        TitleEs = p.Title.Es,
        TextEn = p.Text.En,
        TextEs = p.Text.Es,
    };
}
