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
}
