using System.Globalization;
using Fairwatch.Web;

namespace Fairwatch.Detention;

/// <summary>ICE's codes in the published statistics, with what they mean (English; pages translate).</summary>
public static class FacilityCodes
{
    /// <summary>ICE field offices, by the code the statistics use for their area of responsibility.</summary>
    public static readonly IReadOnlyDictionary<string, string> AreasOfResponsibility = new Dictionary<string, string>
    {
        ["ATL"] = "Atlanta", ["BAL"] = "Baltimore", ["BOS"] = "Boston", ["BUF"] = "Buffalo", ["CHI"] = "Chicago",
        ["DAL"] = "Dallas", ["DEN"] = "Denver", ["DET"] = "Detroit", ["ELP"] = "El Paso", ["HLG"] = "Harlingen",
        ["HOU"] = "Houston", ["LOS"] = "Los Angeles", ["MIA"] = "Miami", ["NEW"] = "Newark", ["NOL"] = "New Orleans",
        ["NYC"] = "New York City", ["PHI"] = "Philadelphia", ["PHO"] = "Phoenix", ["SEA"] = "Seattle",
        ["SFR"] = "San Francisco", ["SLC"] = "Salt Lake City", ["SNA"] = "San Antonio", ["SND"] = "San Diego",
        ["SPM"] = "Saint Paul", ["WAS"] = "Washington",
    };

    /// <summary>ICE's facility types: what each code means and who runs such a facility.</summary>
    public static readonly IReadOnlyDictionary<string, FacilityTypeInfo> Types = new Dictionary<string, FacilityTypeInfo>
    {
        ["BOP"] = new("Federal Bureau of Prisons facility", OperatorType.FederalGovernment),
        ["CDF"] = new("Contract detention facility", OperatorType.PrivateCompany),
        ["DIGSA"] = new("Dedicated intergovernmental service agreement (local jail or centre that holds only ICE detainees)", OperatorType.LocalGovernment),
        ["DOD"] = new("Department of Defense facility", OperatorType.FederalGovernment),
        ["FAMILY"] = new("Family detention centre", OperatorType.NotKnown),
        ["IGSA"] = new("Intergovernmental service agreement (local jail that also holds ICE detainees)", OperatorType.LocalGovernment),
        ["MOC"] = new("Migrant operations centre", OperatorType.FederalGovernment),
        ["SPC"] = new("ICE service processing centre", OperatorType.FederalGovernment),
        ["STAGING"] = new("Staging facility (short holds before transfer or removal)", OperatorType.FederalGovernment),
        ["STATE"] = new("State facility", OperatorType.StateGovernment),
        ["USMS CDF"] = new("U.S. Marshals Service contract facility", OperatorType.PrivateCompany),
        ["USMS IGA"] = new("U.S. Marshals Service intergovernmental agreement (local jail)", OperatorType.LocalGovernment),
    };

    public static string AreaName(string? code) =>
        code is not null && AreasOfResponsibility.TryGetValue(code, out var name) ? name : code ?? "";

    /// <summary>What a type code means; a type staff wrote in their own words is shown as written.</summary>
    public static string TypeDescription(string? type) =>
        type is not null && Types.TryGetValue(type, out var info) ? info.Description : type ?? "";

    public static OperatorType OperatorOf(string? type) =>
        type is not null && Types.TryGetValue(type, out var info) ? info.Operator : OperatorType.NotKnown;

    public static string OperatorName(OperatorType type) => type switch
    {
        OperatorType.PrivateCompany => "Private company under contract",
        OperatorType.LocalGovernment => "County or city government",
        OperatorType.StateGovernment => "State government",
        OperatorType.FederalGovernment => "Federal government",
        _ => "Not stated",
    };

    /// <summary>Who is held there, in words, from the published value.</summary>
    public static string GenderName(string? gender) => gender switch
    {
        "Male" => "Men",
        "Female" => "Women",
        "Female/Male" => "Women and men",
        null or "" => "Not stated",
        _ => gender,
    };
}

public sealed record FacilityTypeInfo(string Description, OperatorType Operator);

/// <summary>Countries as ISO 3166-1 alpha-2 codes; the watchdog movement is international.</summary>
public static class Countries
{
    public const string UnitedStates = "US";

    public static bool IsValid(string? code)
    {
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        try
        {
            _ = new RegionInfo(code);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The country's name in the reader's language. ICU knows every country's name in Spanish as the
    /// native name of the "es-XX" locale (RegionInfo.DisplayName gives the country's own language instead).
    /// </summary>
    public static string Name(string code)
    {
        try
        {
            return Cultures.Current == Cultures.Spanish ? new RegionInfo($"es-{code}").NativeName : new RegionInfo(code).EnglishName;
        }
        catch (ArgumentException)
        {
            try
            {
                return new RegionInfo(code).EnglishName;
            }
            catch (ArgumentException)
            {
                return code;
            }
        }
    }
}
