using System.ComponentModel.DataAnnotations;
using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Films;

public sealed class FilmForm
{
    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/films/…)")]
    public string? Slug { get; set; }

    [Display(Name = "Campaign")]
    public int? CampaignId { get; set; }

    [Range(1, 10_000, ErrorMessage = "The position is a whole number from 1.")]
    [Display(Name = "Position in the campaign")]
    public int? Position { get; set; }

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(200, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [Required(ErrorMessage = "Enter the date the film was made.")]
    [DataType(DataType.Date)]
    [Display(Name = "Date made")]
    public DateTime? MadeOn { get; set; }

    [Required(ErrorMessage = "Enter the length, such as 5:22.")]
    [StringLength(10, ErrorMessage = "Enter the length as minutes and seconds, such as 5:22, or as hours, minutes and seconds, such as 1:04:09.")]
    [Display(Name = "Length (minutes:seconds)")]
    public string Length { get; set; } = "";

    [Required(ErrorMessage = "Paste the address of the film on YouTube or Vimeo.")]
    [StringLength(500, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Address of the film on YouTube or Vimeo")]
    public string VideoAddress { get; set; } = "";

    [StringLength(400, ErrorMessage = "Who made the film is too long (400 characters at most).")]
    [Display(Name = "Made by, in English")]
    public string? MadeByEn { get; set; }

    [StringLength(400, ErrorMessage = "Who made the film is too long (400 characters at most).")]
    [Display(Name = "Made by, in Spanish")]
    public string? MadeByEs { get; set; }

    [StringLength(200, ErrorMessage = "The location is too long (200 characters at most).")]
    [Display(Name = "Location in English")]
    public string? LocationEn { get; set; }

    [StringLength(200, ErrorMessage = "The location is too long (200 characters at most).")]
    [Display(Name = "Location in Spanish")]
    public string? LocationEs { get; set; }

    [StringLength(2_000, ErrorMessage = "The goal is too long (2,000 characters at most).")]
    [Display(Name = "Goal in English")]
    public string? GoalEn { get; set; }

    [StringLength(2_000, ErrorMessage = "The goal is too long (2,000 characters at most).")]
    [Display(Name = "Goal in Spanish")]
    public string? GoalEs { get; set; }

    [StringLength(1_000, ErrorMessage = "The primary audience is too long (1,000 characters at most).")]
    [Display(Name = "Primary audience in English")]
    public string? AudienceEn { get; set; }

    [StringLength(1_000, ErrorMessage = "The primary audience is too long (1,000 characters at most).")]
    [Display(Name = "Primary audience in Spanish")]
    public string? AudienceEs { get; set; }

    [StringLength(2_000, ErrorMessage = "The message is too long (2,000 characters at most).")]
    [Display(Name = "Message in English")]
    public string? MessageEn { get; set; }

    [StringLength(2_000, ErrorMessage = "The message is too long (2,000 characters at most).")]
    [Display(Name = "Message in Spanish")]
    public string? MessageEs { get; set; }

    [StringLength(2_000, ErrorMessage = "The notes on content and style are too long (2,000 characters at most).")]
    [Display(Name = "Content and style in English")]
    public string? ContentNotesEn { get; set; }

    [StringLength(2_000, ErrorMessage = "The notes on content and style are too long (2,000 characters at most).")]
    [Display(Name = "Content and style in Spanish")]
    public string? ContentNotesEs { get; set; }

    [StringLength(100_000, ErrorMessage = "The transcript is too long (100,000 characters at most).")]
    [Display(Name = "Transcript in English (Markdown)")]
    public string? TranscriptEn { get; set; }

    [StringLength(100_000, ErrorMessage = "The transcript is too long (100,000 characters at most).")]
    [Display(Name = "Transcript in Spanish (Markdown)")]
    public string? TranscriptEs { get; set; }

    [StringLength(500, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Captions or subtitles link (optional)")]
    public string? CaptionsUrl { get; set; }

    public List<int> IssueIds { get; set; } = [];

    public FilmInput ToInput() => new()
    {
        Slug = Slug,
        CampaignId = CampaignId,
        Position = Position,
        TitleEn = TitleEn,
        TitleEs = TitleEs,
        MadeOn = MadeOn is DateTime date ? DateOnly.FromDateTime(date) : null,
        Length = Length,
        VideoAddress = VideoAddress,
        MadeByEn = MadeByEn,
        MadeByEs = MadeByEs,
        LocationEn = LocationEn,
        LocationEs = LocationEs,
        GoalEn = GoalEn,
        GoalEs = GoalEs,
        AudienceEn = AudienceEn,
        AudienceEs = AudienceEs,
        MessageEn = MessageEn,
        MessageEs = MessageEs,
        ContentNotesEn = ContentNotesEn,
        ContentNotesEs = ContentNotesEs,
        TranscriptEn = TranscriptEn,
        TranscriptEs = TranscriptEs,
        CaptionsUrl = CaptionsUrl,
        IssueIds = IssueIds,
    };

    /// <summary>Adds the service's checks of the fields that have no mistake yet (see <see cref="FormProblems.AddFieldProblems"/>).</summary>
    public static void AddFieldProblems(ModelStateDictionary modelState, IEnumerable<ChangeResult> problems, IStringLocalizer localizer) =>
        modelState.AddFieldProblems("Film", problems, localizer);

    public static FilmForm From(Film f) => new()
    {
        Slug = f.Slug,
        CampaignId = f.CampaignId,
        Position = f.Position,
        TitleEn = f.Title.En,
        TitleEs = f.Title.Es,
        MadeOn = f.MadeOn.ToDateTime(TimeOnly.MinValue),
        Length = FilmLength.Format(f.LengthSeconds),
        VideoAddress = f.Video.WatchUrl,
        MadeByEn = f.MadeBy.En,
        MadeByEs = f.MadeBy.Es,
        LocationEn = f.Location.En,
        LocationEs = f.Location.Es,
        GoalEn = f.Goal.En,
        GoalEs = f.Goal.Es,
        AudienceEn = f.Audience.En,
        AudienceEs = f.Audience.Es,
        MessageEn = f.Message.En,
        MessageEs = f.Message.Es,
        ContentNotesEn = f.ContentNotes.En,
        ContentNotesEs = f.ContentNotes.Es,
        TranscriptEn = f.Transcript.En,
        TranscriptEs = f.Transcript.Es,
        CaptionsUrl = f.CaptionsUrl,
        IssueIds = [.. f.Issues.Select(i => i.Id)],
    };
}

/// <summary>What the film form offers to choose from.</summary>
public sealed record FilmChoices(IReadOnlyList<Campaign> Campaigns, IReadOnlyList<FilmIssue> Issues)
{
    public const string ViewDataKey = "FilmChoices";
}

public sealed class IssueForm
{
    [Required(ErrorMessage = "Enter the name in English.")]
    [StringLength(100, ErrorMessage = "The name is too long (100 characters at most).")]
    [Display(Name = "Name in English")]
    public string NameEn { get; set; } = "";

    [StringLength(100, ErrorMessage = "The name is too long (100 characters at most).")]
    [Display(Name = "Name in Spanish")]
    public string? NameEs { get; set; }
}

public sealed class OfferForm
{
    [Required(ErrorMessage = "Choose what kind of offer this is.")]
    [Display(Name = "Kind of offer")]
    public OfferKind? Kind { get; set; }

    [Required(ErrorMessage = "An offer needs a name in English.")]
    [StringLength(FilmOfferLimits.Label, ErrorMessage = "The name is too long (200 characters at most).")]
    [Display(Name = "Name in English")]
    public string LabelEn { get; set; } = "";

    [StringLength(FilmOfferLimits.Label, ErrorMessage = "The name is too long (200 characters at most).")]
    [Display(Name = "Name in Spanish")]
    public string? LabelEs { get; set; }

    [StringLength(FilmOfferLimits.Description, ErrorMessage = "The description is too long (1,000 characters at most).")]
    [Display(Name = "Description in English (optional)")]
    public string? DescriptionEn { get; set; }

    [StringLength(FilmOfferLimits.Description, ErrorMessage = "The description is too long (1,000 characters at most).")]
    [Display(Name = "Description in Spanish (optional)")]
    public string? DescriptionEs { get; set; }

    [StringLength(FilmOfferLimits.Price, ErrorMessage = "The price is too long (100 characters at most).")]
    [Display(Name = "Price in English (optional)")]
    public string? PriceEn { get; set; }

    [StringLength(FilmOfferLimits.Price, ErrorMessage = "The price is too long (100 characters at most).")]
    [Display(Name = "Price in Spanish (optional)")]
    public string? PriceEs { get; set; }

    [Required(ErrorMessage = "Enter the link to the offer.")]
    [StringLength(FilmOfferLimits.Url, ErrorMessage = "The link is too long (500 characters at most).")]
    [Display(Name = "Link to the offer")]
    public string Url { get; set; } = "";

    public OfferInput ToInput() => new(Kind, LabelEn, LabelEs, DescriptionEn, DescriptionEs, PriceEn, PriceEs, Url);

    public static OfferForm From(FilmOffer o) => new()
    {
        Kind = o.Kind,
        LabelEn = o.Label.En,
        LabelEs = o.Label.Es,
        DescriptionEn = o.Description.En,
        DescriptionEs = o.Description.Es,
        PriceEn = o.Price.En,
        PriceEs = o.Price.Es,
        Url = o.Url,
    };
}
