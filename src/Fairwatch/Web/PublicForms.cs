using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;

namespace Fairwatch.Web;

/// <summary>
/// The defences every public form shares (comments, RSVPs, screening requests): a honeypot field,
/// a signed time stamp, and a per-network post limit that keeps no address.
/// </summary>
public interface IGuardedForm
{
    /// <summary>The honeypot: hidden from people by the stylesheet, filled in by scripts that fill in everything.</summary>
    [Display(Name = "Leave this field empty")]
    string? Homepage { get; set; }

    /// <summary>When and for what the form was shown, signed (see <see cref="FormStamps"/>).</summary>
    string? Stamp { get; set; }
}

public enum StampCheck
{
    Valid,
    TooFast,
    Expired,
    Invalid,
}

/// <summary>
/// A signed note of when a form was shown and for what; the form sends it back, and a reply that
/// comes too soon (a script) or too late (a stale page) is refused. Each feature makes its own
/// with its own Data Protection purpose, so a stamp from one form is worthless on another.
/// </summary>
public sealed class FormStamps(IDataProtector protector, TimeProvider clock, TimeSpan minimumAge, TimeSpan lifetime)
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
        if (separator < 0 || payload[..separator] != subject
            || !long.TryParse(payload[(separator + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
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

/// <summary>E-mail addresses typed into public forms.</summary>
public static class EmailAddresses
{
    /// <summary>Trimmed and lower-cased, so that limits and duplicates apply however it is typed.</summary>
    public static string Normalise(string? email) => email?.Trim().ToLowerInvariant() ?? "";

    /// <summary>One address of the form name@host.tld, nothing around it.</summary>
    public static bool IsValid(string email) =>
        !email.Any(char.IsWhiteSpace) && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.', StringComparison.Ordinal);
}

/// <summary>
/// Limits posts of a public form per network address without keeping the address: the limiter's
/// partitions are keyed by an HMAC of it under a key that exists only in this process's memory, so
/// neither the database, the logs nor a memory dump holds a visitor's IP address. Each instance
/// counts on its own; behind a load balancer the limit is per instance, which is enough to stop a flood.
/// </summary>
public abstract class KeyedAddressRateLimitPolicy : IRateLimiterPolicy<string>
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    /// <summary>Posts one network address may make in ten minutes.</summary>
    protected abstract int PostsPerTenMinutes { get; }

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reads");
        }

        var permits = PostsPerTenMinutes;
        return RateLimitPartition.GetFixedWindowLimiter(
            Partition(httpContext.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 });
    }

    internal string Partition(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // One household or phone gets a whole /64 and can pick any address in it.
            Array.Clear(bytes, 8, 8);
        }

        return Convert.ToBase64String(HMACSHA256.HashData(_key, bytes), 0, 16);
    }
}
