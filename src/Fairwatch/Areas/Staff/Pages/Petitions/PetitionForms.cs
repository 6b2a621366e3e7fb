using System.ComponentModel.DataAnnotations;
using Fairwatch.Petitions;

namespace Fairwatch.Areas.Staff.Pages.Petitions;

public sealed class PetitionForm
{
    [Required(ErrorMessage = "Enter the address.")]
    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/petitions/…)")]
    public string Slug { get; set; } = "";

    [Display(Name = "Campaign")]
    public int? CampaignId { get; set; }

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(PetitionLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(PetitionLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [Required(ErrorMessage = "Enter the target in English.")]
    [StringLength(PetitionLimits.TargetLength, ErrorMessage = "The target is too long (200 characters at most).")]
    [Display(Name = "Target in English (who the petition asks)")]
    public string TargetEn { get; set; } = "";

    [StringLength(PetitionLimits.TargetLength, ErrorMessage = "The target is too long (200 characters at most).")]
    [Display(Name = "Target in Spanish")]
    public string? TargetEs { get; set; }

    [Required(ErrorMessage = "Enter the letter in English.")]
    [StringLength(PetitionLimits.LetterLength, ErrorMessage = "The letter is too long (20,000 characters at most).")]
    [Display(Name = "Letter in English (Markdown)")]
    public string LetterEn { get; set; } = "";

    [StringLength(PetitionLimits.LetterLength, ErrorMessage = "The letter is too long (20,000 characters at most).")]
    [Display(Name = "Letter in Spanish (Markdown)")]
    public string? LetterEs { get; set; }

    [Required(ErrorMessage = "Enter the goal.")]
    [Range(1, 100_000_000, ErrorMessage = "The goal must be at least 1 signature.")]
    [Display(Name = "Goal (signatures)")]
    public int? Goal { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Last day to sign (optional)")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Status")]
    public PetitionStatus Status { get; set; }

    public PetitionInput ToInput() =>
        new(Slug, CampaignId, TitleEn, TitleEs, TargetEn, TargetEs, LetterEn, LetterEs, Goal ?? 0, Deadline, Status);

    public static PetitionForm From(Petition p) => new()
    {
        Slug = p.Slug,
        CampaignId = p.CampaignId,
        TitleEn = p.Title.En,
        TitleEs = p.Title.Es,
        TargetEn = p.Target.En,
        TargetEs = p.Target.Es,
        LetterEn = p.Letter.En,
        LetterEs = p.Letter.Es,
        Goal = p.Goal,
        Deadline = p.Deadline,
        Status = p.Status,
    };
}

public sealed class PetitionUpdateForm
{
    [Required(ErrorMessage = "Enter the date.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date")]
    public DateTime? PublishedAt { get; set; }

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(PetitionLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(PetitionLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [Required(ErrorMessage = "Enter the text in English.")]
    [StringLength(PetitionLimits.UpdateLength, ErrorMessage = "The text is too long (20,000 characters at most).")]
    [Display(Name = "Text in English (Markdown)")]
    public string BodyEn { get; set; } = "";

    [StringLength(PetitionLimits.UpdateLength, ErrorMessage = "The text is too long (20,000 characters at most).")]
    [Display(Name = "Text in Spanish (Markdown)")]
    public string? BodyEs { get; set; }

    [Display(Name = "E-mail this update to every confirmed signer who asked for updates")]
    public bool EmailSigners { get; set; }

    public PetitionUpdateInput ToInput() => new(PublishedAt ?? DateTime.UtcNow, TitleEn, TitleEs, BodyEn, BodyEs, EmailSigners);
}
