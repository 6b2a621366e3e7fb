namespace Fairwatch.Contact;

/// <summary>The contact form, in configuration section "Contact". Messages go to Organisation:ContactEmail.</summary>
public sealed class ContactOptions
{
    public const string Section = "Contact";

    /// <summary>A person needs longer than this to read the form and write a message; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 4;

    /// <summary>How long the form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    /// <summary>Messages one e-mail address may send in an hour.</summary>
    public int PerAddressPerHour { get; set; } = 3;

    /// <summary>Posts of the form one network address may make in ten minutes (counted in memory only, under a keyed hash).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 5;

    /// <summary>Most spam carries links; a message may hold this many.</summary>
    public int MaxLinks { get; set; } = 3;

    /// <summary>Days a delivered message stays in the outbox (for staff to see that it went) before it is deleted.</summary>
    public int KeepSentDays { get; set; } = 7;

    /// <summary>The language of the e-mail staff receive: "en" or "es".</summary>
    public string StaffLanguage { get; set; } = "en";
}
