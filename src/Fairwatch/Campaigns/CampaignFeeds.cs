using System.Globalization;
using System.Xml.Linq;
using Fairwatch.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Fairwatch.Campaigns;

/// <summary>An Atom feed of each campaign's updates, so supporters can follow without giving an e-mail address.</summary>
public static class CampaignFeeds
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void MapCampaignFeeds(this IEndpointRouteBuilder app) =>
        app.MapGet("/campaigns/{slug}/updates.atom", UpdatesAsync).CacheOutput(OutputCachePolicies.PublicContent);

    private static async Task<Results<ContentHttpResult, NotFound>> UpdatesAsync(
        string slug, CampaignService campaigns, HttpRequest request, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindPublishedAsync(slug, cancellationToken);
        if (campaign is null)
        {
            return TypedResults.NotFound();
        }

        var culture = Cultures.Current;
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var page = $"{site}/campaigns/{campaign.Slug}";
        var updated = campaign.Updates.Select(u => u.PublishedAt).DefaultIfEmpty(campaign.UpdatedAt).Max();
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", culture),
            new XElement(Atom + "id", $"{page}/updates"),
            new XElement(Atom + "title", campaign.Title.In(culture)),
            new XElement(Atom + "subtitle", campaign.Call.In(culture)),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", page)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", $"{page}/updates.atom")),
            campaign.Updates.Select(u => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"{page}/updates/{u.Id}"),
                new XElement(Atom + "title", u.Title.In(culture)),
                new XElement(Atom + "updated", Timestamp(u.PublishedAt)),
                new XElement(Atom + "author", new XElement(Atom + "name", campaign.Title.In(culture))),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", $"{page}#update-{u.Id}")),
                new XElement(Atom + "content", new XAttribute("type", "html"), Markdown.ToHtml(u.Body.In(culture)).ToString()))));
        return TypedResults.Content(
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed, "application/atom+xml; charset=utf-8");
    }

    private static string Timestamp(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
