using Fairwatch.Actions;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Actions;

/// <summary>How actions read on the page, in the visitor's language.</summary>
public static class ActionText
{
    /// <summary>The House's own page to find a representative by street address, for ZIP codes that span districts.</summary>
    public const string HouseFinder = "https://www.house.gov/representatives/find-your-representative";

    /// <summary>The prefixes Congress accepts, as a Spanish reader knows them; the value sent stays the English one.</summary>
    public static string Prefix(IStringLocalizer localizer, string prefix) => prefix switch
    {
        "Ms." => localizer["Ms."],
        "Mr." => localizer["Mr."],
        "Mrs." => localizer["Mrs."],
        "Miss" => localizer["Miss"],
        _ => localizer["Dr."],
    };

    public static string Outcome(IStringLocalizer localizer, CallOutcome outcome) => outcome switch
    {
        CallOutcome.SpokeToStaff => localizer["I spoke to a staff member"],
        CallOutcome.LeftVoicemail => localizer["I left a voicemail"],
        _ => localizer["The line was busy"],
    };
}
