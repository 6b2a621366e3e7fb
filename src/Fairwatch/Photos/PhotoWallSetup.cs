using Fairwatch.Web;

namespace Fairwatch.Photos;

public static class PhotoWallSetup
{
    public static IServiceCollection AddFairwatchPhotoWall(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PhotoWallOptions>().Bind(configuration.GetSection(PhotoWallOptions.Section));
        services.AddScoped<PhotoWallService>();
        services.AddPublicFormRateLimit<PhotoWallOptions>(PhotoRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }
}

/// <summary>The rate-limiter policy of the photo forms (posts per network address, see <see cref="NetworkAddressKey"/>).</summary>
public static class PhotoRateLimitPolicy
{
    public const string Name = "photo-forms";
}
