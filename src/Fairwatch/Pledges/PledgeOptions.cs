namespace Fairwatch.Pledges;

/// <summary>The defences of the public pledge form, in configuration section "Pledges".</summary>
public sealed class PledgeOptions
{
    public const string Section = "Pledges";

    /// <summary>A person needs longer than this to read a pledge and fill in the form; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 3;

    /// <summary>How long a pledge form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    public TimeSpan MinimumAge => TimeSpan.FromSeconds(MinimumSecondsToSubmit);

    public TimeSpan FormLifetime => TimeSpan.FromHours(FormLifetimeHours);

    /// <summary>Pledge posts one network address may make in ten minutes (counted in memory only).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 20;
}
