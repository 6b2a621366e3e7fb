namespace Fairwatch.Signups;

/// <summary>The sign-up form's defences and the confirmation e-mail's pace, in configuration section "Signups".</summary>
public sealed class SignupOptions
{
    public const string Section = "Signups";

    /// <summary>A person needs longer than this to fill in the form; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 3;

    /// <summary>How long a sign-up form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    /// <summary>Sign-up posts one network address may make in ten minutes (counted in memory only).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 20;

    /// <summary>Signing up again sends another e-mail to the same address on the same list at most this often.</summary>
    public double ResendMinutes { get; set; } = 15;

    /// <summary>How long the confirmation link works.</summary>
    public double ConfirmationLinkDays { get; set; } = 7;

    public TimeSpan MinimumAge => TimeSpan.FromSeconds(MinimumSecondsToSubmit);

    public TimeSpan FormLifetime => TimeSpan.FromHours(FormLifetimeHours);

    public TimeSpan ResendInterval => TimeSpan.FromMinutes(ResendMinutes);

    public TimeSpan ConfirmationLinkLifetime => TimeSpan.FromDays(ConfirmationLinkDays);
}
