using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Fairwatch.Web;

/// <summary>
/// The fields every public form carries besides its own: the honeypot and the signed time stamp
/// (see <see cref="FormStamps"/>). Rendered by Pages/Shared/_FormDefences.cshtml.
/// </summary>
public abstract class ProtectedForm
{
    /// <summary>The honeypot: hidden from people by the stylesheet, filled in by scripts that fill in everything.</summary>
    [Display(Name = "Leave this field empty")]
    public string? Homepage { get; set; }

    /// <summary>When and for what the form was shown, signed.</summary>
    public string? Stamp { get; set; }

    /// <summary>A filled honeypot: the sender gets the usual answer and nothing is kept or sent.</summary>
    public bool IsTrapped => !string.IsNullOrWhiteSpace(Homepage);
}

public enum StampCheck
{
    Valid,
    TooFast,
    Expired,
    Invalid,
}

/// <summary>
/// A signed note of when a form was shown and for what. The form sends it back, and a reply that
/// comes too soon (a script) or too late (a stale page) is refused. The stamp is protected with
/// Data Protection, so it cannot be forged or moved to another subject, and nothing is stored.
/// </summary>
public sealed class FormStamps(IDataProtector protector, TimeProvider clock)
{
    public FormStamps(IDataProtectionProvider protection, string purpose, TimeProvider clock)
        : this(protection.CreateProtector(purpose), clock)
    {
    }

    /// <param name="subject">What the form is for, such as "post|12"; a stamp is good only for its subject.</param>
    public string Issue(string subject) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{subject}|{clock.GetUtcNow().UtcTicks}"));

    public StampCheck Check(string? stamp, string subject, TimeSpan minimumAge, TimeSpan lifetime)
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
    public string Renew(string? stamp, string subject, TimeSpan minimumAge, TimeSpan lifetime) =>
        Check(stamp, subject, minimumAge, lifetime) is StampCheck.Valid or StampCheck.TooFast ? stamp! : Issue(subject);
}

/// <summary>
/// Turns a visitor's network address into a rate-limit partition without keeping the address: an
/// HMAC under a key that exists only in this process's memory, so neither the database, the logs
/// nor a memory dump holds a visitor's IP address. Each instance counts on its own; behind a load
/// balancer the limit is per instance, which is enough to stop a flood.
/// </summary>
public sealed class NetworkAddressKey
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    public string Partition(IPAddress? address)
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

/// <summary>Limits the posts of one public form per network address (see <see cref="NetworkAddressKey"/>); reading is never limited.</summary>
public sealed class PublicFormRateLimitPolicy(NetworkAddressKey key, Func<int> postsPerTenMinutes) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reads");
        }

        var permits = postsPerTenMinutes();
        return RateLimitPartition.GetFixedWindowLimiter(
            key.Partition(httpContext.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(10), QueueLimit = 0 });
    }
}

public static class FormDefencesSetup
{
    /// <summary>
    /// Adds a rate-limiter policy for one public form, with its own count per network address and
    /// its limit read from the form's options (so tests and operators can change it).
    /// </summary>
    public static IServiceCollection AddPublicFormRateLimit<TOptions>(this IServiceCollection services, string policyName, Func<TOptions, int> postsPerTenMinutes)
        where TOptions : class
    {
        services.TryAddSingleton<NetworkAddressKey>();
        // Adds to the options FairwatchApp's AddRateLimiter configures (status code, other policies).
        services.AddOptions<RateLimiterOptions>().Configure<NetworkAddressKey, IOptionsMonitor<TOptions>>((o, key, options) =>
            o.AddPolicy(policyName, new PublicFormRateLimitPolicy(key, () => postsPerTenMinutes(options.CurrentValue))));
        return services;
    }
}
