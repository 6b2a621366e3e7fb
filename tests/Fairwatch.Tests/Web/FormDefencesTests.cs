using System.Net;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace Fairwatch.Tests.Web;

/// <summary>The defences every public form shares: the signed time stamp and the per-network limit that keeps no address.</summary>
public sealed class FormDefencesTests
{
    private static readonly TimeSpan Minimum = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    [Fact]
    public void A_stamp_is_good_only_for_its_subject_and_only_between_the_minimum_and_the_lifetime()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));
        var stamps = new FormStamps(new EphemeralDataProtectionProvider(), "test", clock);
        var stamp = stamps.Issue("contact");

        Assert.Equal(StampCheck.TooFast, stamps.Check(stamp, "contact", Minimum, Lifetime));
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(StampCheck.Valid, stamps.Check(stamp, "contact", Minimum, Lifetime));
        Assert.Equal(StampCheck.Invalid, stamps.Check(stamp, "post|1", Minimum, Lifetime));
        Assert.Equal(StampCheck.Invalid, stamps.Check(stamp, "contac", Minimum, Lifetime));
        Assert.Equal(StampCheck.Invalid, stamps.Check("forged", "contact", Minimum, Lifetime));
        Assert.Equal(StampCheck.Invalid, stamps.Check(null, "contact", Minimum, Lifetime));
        // Another purpose (another form) cannot read it.
        Assert.Equal(StampCheck.Invalid, new FormStamps(new EphemeralDataProtectionProvider(), "other", clock).Check(stamp, "contact", Minimum, Lifetime));

        Assert.Equal(stamp, stamps.Renew(stamp, "contact", Minimum, Lifetime));
        clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(StampCheck.Expired, stamps.Check(stamp, "contact", Minimum, Lifetime));
        var renewed = stamps.Renew(stamp, "contact", Minimum, Lifetime);
        Assert.NotEqual(stamp, renewed);
        Assert.Equal(StampCheck.TooFast, stamps.Check(renewed, "contact", Minimum, Lifetime));
    }

    [Fact]
    public void The_rate_limit_counts_per_network_without_keeping_the_address()
    {
        var key = new NetworkAddressKey();
        var policy = new PublicFormRateLimitPolicy(key, () => 2);

        var ipv4 = key.Partition(IPAddress.Parse("192.0.2.15"));
        Assert.DoesNotContain("192", ipv4, StringComparison.Ordinal);
        Assert.Equal(ipv4, key.Partition(IPAddress.Parse("::ffff:192.0.2.15")));
        Assert.NotEqual(ipv4, key.Partition(IPAddress.Parse("192.0.2.16")));
        Assert.Equal(key.Partition(IPAddress.Parse("2001:db8:1:2::1")), key.Partition(IPAddress.Parse("2001:db8:1:2:ffff::9")));
        Assert.NotEqual(key.Partition(IPAddress.Parse("2001:db8:1:2::1")), key.Partition(IPAddress.Parse("2001:db8:1:3::1")));
        // The key lives only in memory: another instance (or a restart) hashes differently.
        Assert.NotEqual(ipv4, new NetworkAddressKey().Partition(IPAddress.Parse("192.0.2.15")));

        var post = new DefaultHttpContext();
        post.Request.Method = "POST";
        post.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.15");
        var partition = policy.GetPartition(post);
        Assert.Equal(ipv4, partition.PartitionKey);
        using var limiter = partition.Factory(partition.PartitionKey);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);

        var get = new DefaultHttpContext();
        get.Request.Method = "GET";
        Assert.Equal("reads", policy.GetPartition(get).PartitionKey);
    }
}
