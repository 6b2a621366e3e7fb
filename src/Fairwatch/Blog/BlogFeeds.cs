using System.Globalization;
using System.Xml.Linq;
using Fairwatch.Web;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Fairwatch.Blog;

/// <summary>An Atom feed of the blog, so readers can follow it without giving anyone an e-mail address.</summary>
public static class BlogFeeds
{
    public const string Path = "/blog/feed.atom";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void MapBlogFeeds(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, FeedAsync).CacheOutput(OutputCachePolicies.PublicContent);

    private static async Task<IResult> FeedAsync(
        BlogService blog,
        HttpRequest request,
        IOptions<OrganisationOptions> organisation,
        IStringLocalizer<SharedResource> localizer,
        CancellationToken cancellationToken)
    {
        var posts = await blog.FeedAsync(cancellationToken: cancellationToken);
        var culture = Cultures.Current;
        var site = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var updated = posts.Select(p => p.UpdatedAt > p.PublishedAt ? p.UpdatedAt : p.PublishedAt).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", culture),
            new XElement(Atom + "id", $"{site}/blog"),
            new XElement(Atom + "title", $"{organisation.Value.Name}: {localizer["Blog"]}"),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{site}/blog")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", $"{site}{Path}")),
            posts.Select(p => new XElement(Atom + "entry",
                // The id stays the same when staff change the post's address.
                new XElement(Atom + "id", $"{site}/blog/posts/{p.Id}"),
                new XElement(Atom + "title", p.Title.In(culture)),
                new XElement(Atom + "published", Timestamp(p.PublishedAt)),
                new XElement(Atom + "updated", Timestamp(p.UpdatedAt > p.PublishedAt ? p.UpdatedAt : p.PublishedAt)),
                new XElement(Atom + "author", new XElement(Atom + "name", p.Author.Name)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", $"{site}/blog/{p.Slug}")),
                p.Tags.Select(t => new XElement(Atom + "category", new XAttribute("term", t.Slug), new XAttribute("label", t.Name.In(culture)))),
                new XElement(Atom + "summary", p.Summary.In(culture)),
                new XElement(Atom + "content", new XAttribute("type", "html"), Markdown.ToHtml(p.Body.In(culture)).ToString()))));
        return Results.Text(
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed, "application/atom+xml; charset=utf-8");
    }

    private static string Timestamp(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
