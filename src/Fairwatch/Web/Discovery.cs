using System.Xml.Linq;
using Fairwatch.Campaigns;
using Fairwatch.Detention;
using Fairwatch.Press;
using Fairwatch.Events;
using Fairwatch.Petitions;
using Fairwatch.Videos;

namespace Fairwatch.Web;

/// <summary>robots.txt and sitemap.xml: search engines find public pages, in both languages, and leave staff pages alone.</summary>
public static class Discovery
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private static readonly string[] FixedPages = ["/", "/campaigns", "/films", "/events", "/events/host", "/petitions", "/lawmakers", "/get-the-film", "/facilities", "/press", "/contact", "/safety", "/privacy"];

    public static void MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (PublicUrls urls, HttpRequest request) => Results.Text(
            $"User-agent: *\nDisallow: /staff\nDisallow: /account\nDisallow: /language\nSitemap: {urls.ForPage(request, "/sitemap.xml")}\n",
            "text/plain"));

        app.MapGet("/sitemap.xml", async (
            CampaignService campaigns, FilmService films, PressService press, EventService events, PetitionService petitions, FacilityService facilities, PublicUrls urls, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var paths = new List<string>(FixedPages);
            paths.AddRange((await campaigns.ListPublishedAsync(cancellationToken)).Select(c => $"/campaigns/{c.Slug}"));
            paths.AddRange((await films.ListPublishedAsync(cancellationToken: cancellationToken)).Select(f => $"/films/{f.Slug}"));
            paths.AddRange((await press.ListVisibleAsync(cancellationToken)).Select(r => $"/press/{r.Slug}"));
            paths.AddRange((await events.ListPublishedSlugsAsync(cancellationToken)).Select(slug => $"/events/{slug}"));
            paths.AddRange((await petitions.ListPublishedAsync(cancellationToken)).Select(p => $"/petitions/{p.Slug}"));
            paths.AddRange((await facilities.ListSlugsAsync(cancellationToken)).Select(slug => $"/facilities/{slug}"));
            var document = new XElement(Sitemap + "urlset",
                new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml),
                paths.Select(path => Entry(urls.ForPage(request, path))));
            return Results.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document, "application/xml");
        }).CacheOutput(OutputCachePolicies.PublicContent);
    }

    private static XElement Entry(string url) => new(Sitemap + "url",
        new XElement(Sitemap + "loc", url),
        new XElement(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", "en"), new XAttribute("href", url)),
        new XElement(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", "es"), new XAttribute("href", url + "?lang=es")));
}
