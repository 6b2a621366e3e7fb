using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Fairwatch.Web;

public enum StampCheck
{
    Valid,
    TooFast,
    Expired,
    Invalid,
}

/// <summary>
/// A signed note of when a public form was shown and for what (its subject, such as "post|12").
/// The form sends it back; a reply that comes sooner than a person could fill the form in (a
/// script) or later than the lifetime (a stale page) is refused. Nothing about the visitor is in it.
/// </summary>
public sealed class FormStamp(IDataProtector protector, TimeProvider clock, TimeSpan minimumAge, TimeSpan lifetime)
{
    public string Issue(string subject) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{subject}|{clock.GetUtcNow().UtcTicks}"));

    public StampCheck Check(string? stamp, string subject)
    {
        if (string.IsNullOrEmpty(stamp))
        {
            return StampCheck.Invalid;
        }

        string payload;
        try
        {
            payload = protector.Unprotect(stamp);
        }
        catch (CryptographicException)
        {
            return StampCheck.Invalid;
        }

        var separator = payload.LastIndexOf('|');
        if (separator < 0 || !string.Equals(payload[..separator], subject, StringComparison.Ordinal)
            || !long.TryParse(payload.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks > DateTime.MaxValue.Ticks)
        {
            return StampCheck.Invalid;
        }

        var age = clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc);
        if (age > lifetime)
        {
            return StampCheck.Expired;
        }

        return age < minimumAge ? StampCheck.TooFast : StampCheck.Valid;
    }

    /// <summary>The stamp to put back in a form shown again: the same one while it is still good, so a quick correction is not "too fast".</summary>
    public string Renew(string? stamp, string subject) =>
        Check(stamp, subject) is StampCheck.Valid or StampCheck.TooFast ? stamp! : Issue(subject);
}
