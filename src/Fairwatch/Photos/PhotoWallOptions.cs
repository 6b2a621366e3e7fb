namespace Fairwatch.Photos;

/// <summary>The defences of the public photo form, in configuration section "PhotoWall".</summary>
public sealed class PhotoWallOptions
{
    public const string Section = "PhotoWall";

    /// <summary>A person needs longer than this to choose a photo and write a caption; scripts do not.</summary>
    public double MinimumSecondsToSubmit { get; set; } = 5;

    /// <summary>How long a photo form stays valid after it was shown.</summary>
    public double FormLifetimeHours { get; set; } = 24;

    public TimeSpan MinimumAge => TimeSpan.FromSeconds(MinimumSecondsToSubmit);

    public TimeSpan FormLifetime => TimeSpan.FromHours(FormLifetimeHours);

    /// <summary>Photo posts one network address may make in ten minutes (counted in memory only); photos are large, so fewer than other forms.</summary>
    public int FormPostsPerTenMinutes { get; set; } = 10;
}
