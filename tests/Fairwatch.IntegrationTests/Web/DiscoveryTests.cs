using System.Xml.Linq;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Web;

public abstract class DiscoveryTests(FairwatchFactory app)
{
    [Fact]
    public async Task Robots_keep_crawlers_out_of_staff_pages_and_point_to_the_sitemap()
    {
        var robots = await app.CreateBrowserClient().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /staff", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /account", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_published_campaigns_in_both_languages_and_nothing_unpublished()
    {
        var published = await CampaignAsync(publish: true);
        var draft = await CampaignAsync(publish: false);

        var sitemap = XDocument.Parse(await app.CreateBrowserClient().GetStringAsync("/sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains($"http://localhost/campaigns/{published}", locations);
        Assert.DoesNotContain($"http://localhost/campaigns/{draft}", locations);
        Assert.Contains("http://localhost/safety", locations);
        Assert.Contains("http://localhost/petitions", locations);
        Assert.Contains("http://localhost/lawmakers", locations);
        Assert.Contains("http://localhost/facilities", locations);
        Assert.Contains(sitemap.Descendants(), e => e.Attribute("hreflang")?.Value == "es" && e.Attribute("href")?.Value == $"http://localhost/campaigns/{published}?lang=es");
    }

    [Fact]
    public async Task Public_pages_carry_canonical_open_graph_and_language_alternates()
    {
        var slug = await CampaignAsync(publish: true);

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/campaigns/{slug}");
        Assert.Equal($"http://localhost/campaigns/{slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Shared title", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("A call worth sharing.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal($"http://localhost/campaigns/{slug}?lang=es", page.QuerySelector("link[hreflang=es]")!.GetAttribute("href"));

        var spanish = await app.CreateBrowserClient().GetDocumentAsync($"/campaigns/{slug}?lang=es");
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"http://localhost/campaigns/{slug}?lang=es", spanish.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Título compartido", spanish.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    private async Task<string> CampaignAsync(bool publish)
    {
        var slug = $"shared-{Guid.NewGuid():N}"[..24];
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await service.CreateAsync(new CampaignInput(slug, "Shared title", "Título compartido", "A call worth sharing.", null, null, null, CampaignStatus.Active))).Id!.Value;
        if (publish)
        {
            await service.SetPublishedAsync(id, true);
        }

        return slug;
    }
}

public sealed class DiscoveryOnSqlite(SqliteApp app) : DiscoveryTests(app), IClassFixture<SqliteApp>;

public sealed class DiscoveryOnPostgres(PostgresApp app) : DiscoveryTests(app), IClassFixture<PostgresApp>;
