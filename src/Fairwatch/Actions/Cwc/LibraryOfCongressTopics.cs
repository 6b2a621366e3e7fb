namespace Fairwatch.Actions.Cwc;

/// <summary>
/// The topics a CWC message may carry: the policy areas the Library of Congress files bills under
/// on congress.gov. Offices sort their mail by them.
/// </summary>
public static class LibraryOfCongressTopics
{
    public const string Immigration = "Immigration";

    public static readonly IReadOnlyList<string> All =
    [
        "Agriculture and Food",
        "Animals",
        "Armed Forces and National Security",
        "Arts, Culture, Religion",
        "Civil Rights and Liberties, Minority Issues",
        "Commerce",
        "Congress",
        "Crime and Law Enforcement",
        "Economics and Public Finance",
        "Education",
        "Emergency Management",
        "Energy",
        "Environmental Protection",
        "Families",
        "Finance and Financial Sector",
        "Foreign Trade and International Finance",
        "Government Operations and Politics",
        "Health",
        "Housing and Community Development",
        Immigration,
        "International Affairs",
        "Labor and Employment",
        "Law",
        "Native Americans",
        "Public Lands and Natural Resources",
        "Science, Technology, Communications",
        "Social Sciences and History",
        "Social Welfare",
        "Sports and Recreation",
        "Taxation",
        "Transportation and Public Works",
        "Water Resources Development",
    ];

    public static bool IsValid(string? topic) => topic is not null && All.Contains(topic, StringComparer.Ordinal);
}
