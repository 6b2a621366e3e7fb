using System.ComponentModel.DataAnnotations;
using Fairwatch.Actions;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Actions;

/// <summary>An action as staff edit it; <see cref="ActionService"/> checks it again.</summary>
public sealed class ActionForm
{
    [Display(Name = "Campaign")]
    public int CampaignId { get; set; }

    [Display(Name = "Kind of action")]
    public ActionKind Kind { get; set; }

    [StringLength(80, ErrorMessage = "The address may use only lower-case letters, digits and hyphens (3 to 80 characters).")]
    [Display(Name = "Address (/act/…)")]
    public string? Slug { get; set; }

    [Required(ErrorMessage = "Enter the title in English.")]
    [StringLength(ActionLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in English")]
    public string TitleEn { get; set; } = "";

    [StringLength(ActionLimits.TitleLength, ErrorMessage = "The title is too long (200 characters at most).")]
    [Display(Name = "Title in Spanish")]
    public string? TitleEs { get; set; }

    [StringLength(ActionLimits.IntroLength, ErrorMessage = "The introduction is too long (4,000 characters at most).")]
    [Display(Name = "Introduction in English (Markdown)")]
    public string? IntroEn { get; set; }

    [StringLength(ActionLimits.IntroLength, ErrorMessage = "The introduction is too long (4,000 characters at most).")]
    [Display(Name = "Introduction in Spanish (Markdown)")]
    public string? IntroEs { get; set; }

    [Display(Name = "The supporter's lawmakers")]
    public LawmakerTargets Lawmakers { get; set; } = LawmakerTargets.Both;

    [StringLength(ActionLimits.SubjectLength, ErrorMessage = "The subject is too long (200 characters at most).")]
    [Display(Name = "Subject in English")]
    public string? SubjectEn { get; set; }

    [StringLength(ActionLimits.SubjectLength, ErrorMessage = "The subject is too long (200 characters at most).")]
    [Display(Name = "Subject in Spanish")]
    public string? SubjectEs { get; set; }

    [StringLength(ActionLimits.LetterLength, ErrorMessage = "The letter is too long (5,000 characters at most).")]
    [Display(Name = "Letter in English (plain text)")]
    public string? LetterEn { get; set; }

    [StringLength(ActionLimits.LetterLength, ErrorMessage = "The letter is too long (5,000 characters at most).")]
    [Display(Name = "Letter in Spanish (plain text)")]
    public string? LetterEs { get; set; }

    [StringLength(ActionLimits.TalkingPointsLength, ErrorMessage = "The talking points are too long (4,000 characters at most).")]
    [Display(Name = "Talking points in English (Markdown)")]
    public string? TalkingPointsEn { get; set; }

    [StringLength(ActionLimits.TalkingPointsLength, ErrorMessage = "The talking points are too long (4,000 characters at most).")]
    [Display(Name = "Talking points in Spanish (Markdown)")]
    public string? TalkingPointsEs { get; set; }

    [Display(Name = "Supporters may change the subject and the text")]
    public bool SupporterMayEdit { get; set; } = true;

    [Display(Name = "Topic (for House offices)")]
    public string? Topic { get; set; }

    [StringLength(ActionLimits.ScriptLength, ErrorMessage = "The script is too long (4,000 characters at most).")]
    [Display(Name = "Call script in English (Markdown)")]
    public string? ScriptEn { get; set; }

    [StringLength(ActionLimits.ScriptLength, ErrorMessage = "The script is too long (4,000 characters at most).")]
    [Display(Name = "Call script in Spanish (Markdown)")]
    public string? ScriptEs { get; set; }

    [StringLength(ActionLimits.PostLength, ErrorMessage = "The post is too long (280 characters at most).")]
    [Display(Name = "Post in English")]
    public string? PostEn { get; set; }

    [StringLength(ActionLimits.PostLength, ErrorMessage = "The post is too long (280 characters at most).")]
    [Display(Name = "Post in Spanish")]
    public string? PostEs { get; set; }

    [StringLength(ActionLimits.HashtagsLength, ErrorMessage = "The hashtags are too long (200 characters at most).")]
    [Display(Name = "Hashtags")]
    public string? Hashtags { get; set; }

    public ActionInput ToInput() => new(
        CampaignId, Kind, Slug, TitleEn, TitleEs, IntroEn, IntroEs, Lawmakers, SubjectEn, SubjectEs, LetterEn, LetterEs,
        TalkingPointsEn, TalkingPointsEs, SupporterMayEdit, Topic, ScriptEn, ScriptEs, PostEn, PostEs, Hashtags);

    public static ActionForm From(CampaignAction a) => new()
    {
        CampaignId = a.CampaignId,
        Kind = a.Kind,
        Slug = a.Slug,
        TitleEn = a.Title.En,
        TitleEs = a.Title.Es,
        IntroEn = a.Intro.En,
        IntroEs = a.Intro.Es,
        Lawmakers = a.Lawmakers,
        SubjectEn = a.Subject.En,
        SubjectEs = a.Subject.Es,
        LetterEn = a.Letter.En,
        LetterEs = a.Letter.Es,
        TalkingPointsEn = a.TalkingPoints.En,
        TalkingPointsEs = a.TalkingPoints.Es,
        SupporterMayEdit = a.SupporterMayEdit,
        Topic = a.Topic,
        ScriptEn = a.Script.En,
        ScriptEs = a.Script.Es,
        PostEn = a.Post.En,
        PostEs = a.Post.Es,
        Hashtags = a.Hashtags,
    };
}

public sealed class FixedTargetForm
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Display(Name = "E-mail address")]
    public string? Email { get; set; }
}

/// <summary>The names staff see for the actions' states and kinds, in their language.</summary>
public static class ActionLabels
{
    public static string Kind(IStringLocalizer localizer, ActionKind kind) => kind switch
    {
        ActionKind.Letter => localizer["Letter"],
        ActionKind.Call => localizer["Call"],
        _ => localizer["Social posts"],
    };

    public static string Lawmakers(IStringLocalizer localizer, LawmakerTargets targets) => targets switch
    {
        LawmakerTargets.Both => localizer["Senators and representative"],
        LawmakerTargets.Senators => localizer["Senators only"],
        LawmakerTargets.Representative => localizer["Representative only"],
        _ => localizer["No lawmakers (fixed targets only)"],
    };

    public static string Status(IStringLocalizer localizer, DeliveryStatus status) => status switch
    {
        DeliveryStatus.Queued => localizer["Queued"],
        DeliveryStatus.Sent => localizer["Sent"],
        DeliveryStatus.Failed => localizer["Failed"],
        _ => localizer["Needs manual delivery"],
    };

    public static string Channel(IStringLocalizer localizer, DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Email => localizer["E-mail"],
        DeliveryChannel.Cwc => localizer["House CWC"],
        _ => localizer["Contact form, by hand"],
    };

    public static string Platform(IStringLocalizer localizer, SocialPlatform platform) => platform switch
    {
        SocialPlatform.X => "X",
        SocialPlatform.Mastodon => "Mastodon",
        _ => localizer["Copied elsewhere"],
    };

    public static string Actor(IStringLocalizer localizer, string actor) => actor switch
    {
        DeliveryActors.Supporter => localizer["The supporter's letter"],
        DeliveryActors.Outbox => localizer["E-mail outbox"],
        DeliveryActors.Cwc => localizer["House CWC service"],
        _ => actor,
    };
}
