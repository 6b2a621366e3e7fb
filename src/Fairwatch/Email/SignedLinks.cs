using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Fairwatch.Email;

/// <summary>
/// The token of an e-mailed link that acts on one record (confirm, stop e-mails): the record's id
/// signed with Data Protection for that one purpose, so a token can neither be guessed nor turned
/// into another kind. With a lifetime, the token also carries when it was issued and is refused
/// once older (checked against <see cref="TimeProvider"/>, so tests can move time).
/// </summary>
public sealed class SignedIdToken(IDataProtector protector, TimeProvider clock, TimeSpan? lifetime = null)
{
    public SignedIdToken(IDataProtectionProvider protection, string purpose, TimeProvider clock, TimeSpan? lifetime = null)
        : this(protection.CreateProtector(purpose), clock, lifetime)
    {
    }

    public string Issue(long id) => protector.Protect(lifetime is null
        ? id.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{id}|{clock.GetUtcNow().UtcTicks}"));

    /// <summary>The id, or null for a token that is empty, forged, for another purpose or expired.</summary>
    public long? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(token.Trim());
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        if (parts.Length != (lifetime is null ? 1 : 2)
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        if (lifetime is { } limit)
        {
            if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                || clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc) > limit)
            {
                return null;
            }
        }

        return id;
    }
}

/// <summary>The one-click unsubscribe every e-mail to a list carries (RFC 2369 and RFC 8058).</summary>
public static class OneClickUnsubscribe
{
    /// <summary>
    /// Mail programs show their own "unsubscribe" button and, on a press, POST
    /// "List-Unsubscribe=One-Click" to the link, with no cookie and no page to read; so the page
    /// behind the link must accept that POST without an antiforgery token (the signed token is the authority).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Headers(string unsubscribeUrl) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{unsubscribeUrl}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };
}
