using Microsoft.Extensions.Options;

namespace Fairwatch.Detention;

/// <summary>The tile server of the facility map. Its tiles come from another host, so the map loads only when a visitor asks for it.</summary>
public sealed class FacilityMapOptions
{
    public const string Section = "Facilities:Map";

    /// <summary>A Leaflet tile URL template; an empty value turns the map off.</summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    public string Attribution { get; set; } = "© OpenStreetMap contributors";

    public int MaxZoom { get; set; } = 18;

    public bool IsOn => TileOrigin is not null;

    /// <summary>The scheme and host of the tiles ("https://tile.example", or "https://*.tile.example" for a {s} sub-domain template), for the page's Content-Security-Policy.</summary>
    public string? TileOrigin
    {
        get
        {
            if (string.IsNullOrWhiteSpace(TileUrl) || !TileUrl.StartsWith("https://", StringComparison.Ordinal))
            {
                return null;
            }

            var host = TileUrl["https://".Length..].Split('/')[0].Replace("{s}", "*", StringComparison.Ordinal);
            return host.Length == 0 || host.Contains('{', StringComparison.Ordinal) ? null : "https://" + host;
        }
    }
}

public static class FacilityMap
{
    /// <summary><c>GET /facilities/map.json?state=…</c>: the facilities the list's filters match, with their places, for the map.</summary>
    public static void MapFacilityMap(this IEndpointRouteBuilder app) =>
        app.MapGet("/facilities/map.json", async (string? country, string? state, string? area, string? type, string? q, FacilityService facilities, CancellationToken cancellationToken) =>
                Results.Ok(await facilities.MapPointsAsync(new FacilityFilter(country, state, area, type, q), cancellationToken)))
            .CacheOutput(OutputCachePolicies.PublicContent);

    /// <summary>The site's policy with the tile host allowed for images, for the one page that shows the map.</summary>
    public static string ContentSecurityPolicy(IOptions<FacilityMapOptions> options) =>
        options.Value.TileOrigin is { } origin
            ? Web.SecurityHeaders.ContentSecurityPolicy.Replace("img-src 'self' data:", $"img-src 'self' data: {origin}", StringComparison.Ordinal)
            : Web.SecurityHeaders.ContentSecurityPolicy;
}
