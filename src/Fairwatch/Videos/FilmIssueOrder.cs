using System.Globalization;

namespace Fairwatch.Videos;

/// <summary>Issues in the reader's alphabetical order, which differs between English and Spanish names.</summary>
public static class FilmIssueOrder
{
    public static IReadOnlyList<FilmIssue> Alphabetical(IEnumerable<FilmIssue> issues) =>
        [.. issues.OrderBy(i => i.Name.Current, StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true))];
}
