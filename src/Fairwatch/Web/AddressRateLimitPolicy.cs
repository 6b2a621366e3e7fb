using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Fairwatch.Web;

/// <summary>
/// Limits a public form's posts per network address without keeping the address: the limiter's
/// partitions are keyed by an HMAC of it under a key that exists only in this process's memory,
/// so neither the database, the logs nor a memory dump holds a visitor's IP address. Each
/// instance counts on its own; behind a load balancer the limit is per instance, which is enough
/// to stop a flood. Reading (GET) is never limited.
/// </summary>
public abstract class AddressRateLimitPolicy : IRateLimiterPolicy<string>
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>Posts one address may make in <see cref="Window"/>, read on every request so configuration can change it.</summary>
    protected abstract int PermitsPerWindow { get; }

    protected abstract TimeSpan Window { get; }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("reads");
        }

        var permits = PermitsPerWindow;
        var window = Window;
        return RateLimitPartition.GetFixedWindowLimiter(
            Partition(httpContext.Connection.RemoteIpAddress),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
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
