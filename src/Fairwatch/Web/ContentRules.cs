using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Fairwatch.Web;

/// <summary>Addresses of published content: /campaigns/{slug}, /films/{slug}, /blog/{slug}.</summary>
public static partial class Slugs
{
    public const int MaxLength = 80;

    public static bool IsValid(string? slug) => slug is not null && Pattern().IsMatch(slug);

    /// <summary>"Right to counsel – ¿ahora?" becomes "right-to-counsel-ahora"; accents go, everything else becomes one hyphen.</summary>
    public static string From(string? text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Trim().Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= maxLength ? slug : slug[..maxLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,78})[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>The links staff may put on public pages.</summary>
public static class Links
{
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static bool IsSiteAddress(string? url) => url is not null && FairwatchApp.IsLocalUrl(url.Trim());
}

public static class Positions
{
    /// <summary>The place after the last one, for items kept in an order staff choose.</summary>
    public static int Next(IEnumerable<int> positions) => positions.DefaultIfEmpty(0).Max() + 1;

    /// <summary>
    /// Moves one item a place up or down among items kept in an order staff choose, and numbers
    /// them all again from 1 (closing any gaps). False when the item is not among them.
    /// </summary>
    public static bool Move<T>(IEnumerable<T> items, Func<T, bool> isItem, bool up, Func<T, int> position, Action<T, int> setPosition)
    {
        var ordered = items.OrderBy(position).ToList();
        var index = ordered.FindIndex(i => isItem(i));
        if (index < 0)
        {
            return false;
        }

        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        }

        Number(ordered, setPosition);
        return true;
    }

    /// <summary>Numbers the items 1, 2, 3... in their present order, closing the gap one that was removed left.</summary>
    public static void Renumber<T>(IEnumerable<T> items, Func<T, int> position, Action<T, int> setPosition) =>
        Number(items.OrderBy(position).ToList(), setPosition);

    private static void Number<T>(List<T> ordered, Action<T, int> setPosition)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            setPosition(ordered[i], i + 1);
        }
    }
}
