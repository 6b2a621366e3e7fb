using System.Globalization;
using Fairwatch.Lawmakers;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Lawmakers;

/// <summary>How lawmakers and places read on the page, in the visitor's language.</summary>
public static class LawmakerText
{
    /// <summary>The House's own lookup by street address, for ZIP codes that span districts.</summary>
    public const string HouseLookupUrl = "https://ziplook.house.gov/htbin/findrep_house";

    public static string Place(IStringLocalizer localizer, string code) => localizer[Jurisdictions.Get(code).Name];

    public static string Role(IStringLocalizer localizer, Lawmaker lawmaker)
    {
        var place = Place(localizer, lawmaker.State);
        return lawmaker.Title switch
        {
            LawmakerTitle.Senator => localizer["Senator for {0}", place],
            LawmakerTitle.Delegate => localizer["Delegate for {0}", place],
            LawmakerTitle.ResidentCommissioner => localizer["Resident Commissioner for {0}", place],
            _ when lawmaker.District == 0 => localizer["Representative for {0} (the whole state)", place],
            _ => localizer["Representative for {0}, district {1}", place, lawmaker.District!.Value],
        };
    }

    public static string Seat(IStringLocalizer localizer, District district) => district.IsAtLarge
        ? Place(localizer, district.State)
        : localizer["{0}, district {1}", Place(localizer, district.State), district.Number];

    /// <summary>The parties in the data; any other is shown as the data spells it.</summary>
    public static string Party(IStringLocalizer localizer, string party) => party switch
    {
        "Democrat" => localizer["Democrat"],
        "Republican" => localizer["Republican"],
        "Independent" => localizer["Independent"],
        _ => party,
    };

    public static string HouseHeading(IStringLocalizer localizer, LawmakerLookup result) =>
        Jurisdictions.Get(result.Districts[0].State).Representation switch
        {
            Representation.Delegate => localizer["Your delegate in the House"],
            Representation.ResidentCommissioner => localizer["Your Resident Commissioner in the House"],
            _ when result.MustChooseRepresentative => localizer["Your representative is one of these"],
            _ => localizer["Your representative"],
        };

    public static string TelephoneLink(string phone) => "tel:+1" + string.Concat(phone.Where(char.IsAsciiDigit));

    public static string Date(IStringLocalizer localizer, DateOnly date) =>
        date.ToString(localizer["MMMM d, yyyy"], CultureInfo.CurrentCulture);
}
