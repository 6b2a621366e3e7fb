using System.Collections.Frozen;

namespace Fairwatch.Lawmakers;

/// <summary>How a place is represented in Congress, which the data files do not say.</summary>
public enum Representation
{
    /// <summary>Two senators and one or more voting representatives.</summary>
    State,

    /// <summary>No senators; one delegate in the House (DC, Guam, the Virgin Islands, American Samoa, the Northern Mariana Islands).</summary>
    Delegate,

    /// <summary>No senators; one Resident Commissioner in the House (Puerto Rico).</summary>
    ResidentCommissioner,
}

public sealed record Jurisdiction(string Code, string Name, Representation Representation)
{
    public bool HasSenators => Representation == Representation.State;
}

/// <summary>The 50 states, DC and the five territories that send a member to the House.</summary>
public static class Jurisdictions
{
    public static readonly FrozenDictionary<string, Jurisdiction> ByCode = new Jurisdiction[]
    {
        new("AL", "Alabama", Representation.State),
        new("AK", "Alaska", Representation.State),
        new("AZ", "Arizona", Representation.State),
        new("AR", "Arkansas", Representation.State),
        new("CA", "California", Representation.State),
        new("CO", "Colorado", Representation.State),
        new("CT", "Connecticut", Representation.State),
        new("DE", "Delaware", Representation.State),
        new("FL", "Florida", Representation.State),
        new("GA", "Georgia", Representation.State),
        new("HI", "Hawaii", Representation.State),
        new("ID", "Idaho", Representation.State),
        new("IL", "Illinois", Representation.State),
        new("IN", "Indiana", Representation.State),
        new("IA", "Iowa", Representation.State),
        new("KS", "Kansas", Representation.State),
        new("KY", "Kentucky", Representation.State),
        new("LA", "Louisiana", Representation.State),
        new("ME", "Maine", Representation.State),
        new("MD", "Maryland", Representation.State),
        new("MA", "Massachusetts", Representation.State),
        new("MI", "Michigan", Representation.State),
        new("MN", "Minnesota", Representation.State),
        new("MS", "Mississippi", Representation.State),
        new("MO", "Missouri", Representation.State),
        new("MT", "Montana", Representation.State),
        new("NE", "Nebraska", Representation.State),
        new("NV", "Nevada", Representation.State),
        new("NH", "New Hampshire", Representation.State),
        new("NJ", "New Jersey", Representation.State),
        new("NM", "New Mexico", Representation.State),
        new("NY", "New York", Representation.State),
        new("NC", "North Carolina", Representation.State),
        new("ND", "North Dakota", Representation.State),
        new("OH", "Ohio", Representation.State),
        new("OK", "Oklahoma", Representation.State),
        new("OR", "Oregon", Representation.State),
        new("PA", "Pennsylvania", Representation.State),
        new("RI", "Rhode Island", Representation.State),
        new("SC", "South Carolina", Representation.State),
        new("SD", "South Dakota", Representation.State),
        new("TN", "Tennessee", Representation.State),
        new("TX", "Texas", Representation.State),
        new("UT", "Utah", Representation.State),
        new("VT", "Vermont", Representation.State),
        new("VA", "Virginia", Representation.State),
        new("WA", "Washington", Representation.State),
        new("WV", "West Virginia", Representation.State),
        new("WI", "Wisconsin", Representation.State),
        new("WY", "Wyoming", Representation.State),
        new("DC", "District of Columbia", Representation.Delegate),
        new("PR", "Puerto Rico", Representation.ResidentCommissioner),
        new("GU", "Guam", Representation.Delegate),
        new("VI", "U.S. Virgin Islands", Representation.Delegate),
        new("AS", "American Samoa", Representation.Delegate),
        new("MP", "Northern Mariana Islands", Representation.Delegate),
    }.ToFrozenDictionary(j => j.Code, StringComparer.Ordinal);

    public static Jurisdiction Get(string code) => ByCode[code];

    /// <summary>
    /// ZIP codes of the island areas that the Census ZIP-to-district file leaves out (it covers the
    /// states, DC and Puerto Rico only). Each area is one at-large seat, so its USPS ZIP range is
    /// enough: 008xx is the Virgin Islands, 96799 American Samoa, 96910–96932 Guam, 96950–96952 the
    /// Northern Mariana Islands. The rest of 969xx belongs to Palau, Micronesia and the Marshall
    /// Islands, which have no member of Congress, so it stays unknown.
    /// </summary>
    public static string? IslandAreaFor(int zip) => zip switch
    {
        >= 800 and <= 899 => "VI",
        96799 => "AS",
        >= 96910 and <= 96932 => "GU",
        >= 96950 and <= 96952 => "MP",
        _ => null,
    };
}
