using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Fairwatch.Web;

public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The site's public address, for example https://fairwatch.example.org: links in e-mails, canonical URLs, the sitemap.</summary>
    public string? PublicBaseUrl { get; set; }
}

/// <summary>
/// Absolute addresses. Outside Development, e-mail links need the configured public address:
/// building them from the request's Host header would let anyone who asks for a password reset
/// point the victim's link at a host of their choosing.
/// </summary>
public sealed class PublicUrls(IOptions<SiteOptions> options, IHttpContextAccessor accessor, IWebHostEnvironment environment, IServer server)
{
    public string Absolute(string path, Dictionary<string, string?> query)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            var request = accessor.HttpContext?.Request;
            // In development, e-mail written in the background (no request) links to where the server listens.
            var listening = environment.IsDevelopment() ? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() : null;
            if (!environment.IsDevelopment() || (request is null && listening is null))
            {
                throw new InvalidOperationException("Set Site:PublicBaseUrl (for example https://fairwatch.example.org) so that e-mails can carry links.");
            }

            baseUrl = request is null ? listening! : $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl.TrimEnd('/') + path + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>For canonical links and the sitemap: the configured address, else the request's (a wrong one there misleads nobody's inbox).</summary>
    public string ForPage(HttpRequest request, string path)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl.TrimEnd('/') + path;
    }
}
