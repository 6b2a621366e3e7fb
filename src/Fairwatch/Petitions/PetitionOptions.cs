namespace Fairwatch.Petitions;

/// <summary>The defences of the public signature form and the mailer's pace, in configuration section "Petitions".</summary>
public sealed class PetitionOptions
{
    public const string Section = "Petitions";

    /// <summary>A person needs longer than this to read a petition and fill in the form; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 3;

    /// <summary>How long a signature form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    public TimeSpan MinimumAge => TimeSpan.FromSeconds(MinimumSecondsToSubmit);

    public TimeSpan FormLifetime => TimeSpan.FromHours(FormLifetimeHours);

    /// <summary>Signature posts one network address may make in ten minutes (counted in memory only).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 20;

    /// <summary>
    /// Whether this instance puts petition e-mail in the outbox. Behind a load balancer, web
    /// instances may leave it to one; the signatures wait in the database until one does.
    /// </summary>
    public bool MailerEnabled { get; set; } = true;

    /// <summary>E-mails the mailer puts in the outbox per transaction (short, so signatures never wait long for SQLite's write lock).</summary>
    public int MailerBatchSize { get; set; } = 200;

    /// <summary>How often the mailer looks for work nobody woke it for (after a restart, or from another instance).</summary>
    public double MailerPollSeconds { get; set; } = 10;
}
