namespace Fairwatch.Events;

/// <summary>Events and their forms, in configuration section "Events".</summary>
public sealed class EventOptions
{
    public const string Section = "Events";

    /// <summary>The most people one reply may bring, the person replying included.</summary>
    public int MaxPartySize { get; set; } = 10;

    /// <summary>A person needs longer than this to fill in a reply; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 3;

    /// <summary>How long an RSVP or host form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    public TimeSpan MinimumAge => TimeSpan.FromSeconds(MinimumSecondsToSubmit);

    public TimeSpan FormLifetime => TimeSpan.FromHours(FormLifetimeHours);

    /// <summary>Posts of the RSVP, cancel and host forms one network address may make in ten minutes (counted in memory only).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 10;

    /// <summary>Requests to host a screening one e-mail address may send in a day.</summary>
    public int HostRequestsPerAddressPerDay { get; set; } = 3;

    /// <summary>How long before an event its reminder goes to everyone with a confirmed place.</summary>
    public double ReminderHoursBefore { get; set; } = 24;

    /// <summary>How often each instance looks for reminders that are due.</summary>
    public double ReminderCheckMinutes { get; set; } = 5;

    /// <summary>How many past events /events lists.</summary>
    public int PastEventsListed { get; set; } = 12;
}
