namespace Fairwatch.Actions;

/// <summary>The defences of the public action forms and the pace of delivery, in configuration section "Actions".</summary>
public sealed class ActionOptions
{
    public const string Section = "Actions";

    /// <summary>A person needs longer than this to read an action and fill its form; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 4;

    /// <summary>How long an action's form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    /// <summary>Posts one network address may make to action forms in ten minutes (counted in memory only).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 20;

    /// <summary>Letters one e-mail address may send through one action in a day: offices count constituents, not clicks.</summary>
    public int LettersPerAddressPerDay { get; set; } = 2;

    /// <summary>How often the delivery worker looks for e-mail that the outbox has sent and House documents to submit.</summary>
    public double DeliveryPollSeconds { get; set; } = 5;

    public TimeSpan MinimumAge => TimeSpan.FromSeconds(MinimumSecondsToSubmit);

    public TimeSpan FormLifetime => TimeSpan.FromHours(FormLifetimeHours);
}

/// <summary>The rate-limiter policy of the action forms (posts per network address, see <see cref="Web.NetworkAddressKey"/>).</summary>
public static class ActionRateLimitPolicy
{
    public const string Name = "action-forms";
}
