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

/// <summary>How long a public form must be open before it is sent back, and how long it stays good.</summary>
public sealed record FormTiming(TimeSpan Minimum, TimeSpan Lifetime);

/// <summary>
/// A signed note of when a public form was shown and for what. The form sends it back; a reply
/// that comes too soon (a script) or too late (a stale page) is refused. Each feature makes its
/// own with its own protector purpose and clock, so a stamp from one form is worthless on another.
/// </summary>
public sealed class FormStamp(IDataProtector protector, TimeProvider clock, Func<FormTiming> timing)
{
    public string Issue(string kind, int id) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{kind}|{id}|{clock.GetUtcNow().UtcTicks}"));

    public StampCheck Check(string? stamp, string kind, int id)
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

        var parts = payload.Split('|');
        if (parts.Length != 3 || parts[0] != kind || parts[1] != id.ToString(CultureInfo.InvariantCulture)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return StampCheck.Invalid;
        }

        var limits = timing();
        var age = clock.GetUtcNow().UtcDateTime - new DateTime(ticks, DateTimeKind.Utc);
        if (age > limits.Lifetime)
        {
            return StampCheck.Expired;
        }

        return age < limits.Minimum ? StampCheck.TooFast : StampCheck.Valid;
    }

    /// <summary>The stamp to put back in a form shown again: the same one while it is still good, so a quick correction is not "too fast".</summary>
    public string Renew(string? stamp, string kind, int id) =>
        Check(stamp, kind, id) is StampCheck.Valid or StampCheck.TooFast ? stamp! : Issue(kind, id);
}
