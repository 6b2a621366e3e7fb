namespace Fairwatch.Comments;

/// <summary>The defences of the public comment form, in configuration section "Comments".</summary>
public sealed class CommentOptions
{
    public const string Section = "Comments";

    /// <summary>A person needs longer than this to read a form and write a comment; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 4;

    /// <summary>How long a comment form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    /// <summary>Most spam carries links; a comment may hold this many.</summary>
    public int MaxLinks { get; set; } = 2;

    /// <summary>Comments one e-mail address may send in an hour (counted from comments already stored).</summary>
    public int PerAddressPerHour { get; set; } = 5;

    /// <summary>Comment posts one network address may make in ten minutes (counted in memory only).</summary>
    public int FormPostsPerTenMinutes { get; set; } = 10;

    /// <summary>Rejected comments and spam, with their e-mail addresses, are deleted after this many days.</summary>
    public int KeepRefusedDays { get; set; } = 30;
}
