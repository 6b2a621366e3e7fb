namespace Fairwatch.Email;

public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "fairwatch@localhost";

    /// <summary>Defaults to the organisation's name.</summary>
    public string? FromName { get; set; }

    public SmtpSettings Smtp { get; set; } = new();

    public OutboxSettings Outbox { get; set; } = new();
}

public sealed class SmtpSettings
{
    /// <summary>When empty, messages are written as .eml files to the pick-up folder instead (development).</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public bool EnableSsl { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
}

public sealed class OutboxSettings
{
    public bool Enabled { get; set; } = true;

    public double PollSeconds { get; set; } = 5;

    public int BatchSize { get; set; } = 20;

    public double RetryBaseSeconds { get; set; } = 30;

    public double RetryMaxSeconds { get; set; } = 3600;

    /// <summary>After this many failed attempts a message is marked failed and waits for staff.</summary>
    public int MaxAttempts { get; set; } = 12;

    public double LeaseSeconds { get; set; } = 120;

    /// <summary>Folder (relative to the data folder) for .eml files when no SMTP host is set.</summary>
    public string PickupDirectory { get; set; } = "mail";
}
