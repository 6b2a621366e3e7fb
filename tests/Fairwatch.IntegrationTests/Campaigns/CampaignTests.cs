using System.Net;
using System.Xml.Linq;
using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Videos;
using Fairwatch.Web;

namespace Fairwatch.IntegrationTests.Campaigns;

public abstract class CampaignTests(FairwatchFactory app)
{
    [Fact]
    public async Task Campaign_staff_build_a_campaign_from_scratch_and_publish_it()
    {
        var slug = $"fair-hearings-{Guid.NewGuid():N}"[..30];
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var visitor = app.CreateBrowserClient();

        var created = await staff.SubmitAsync("/staff/campaigns", new Dictionary<string, string>
        {
            ["Campaign.Slug"] = slug, ["Campaign.TitleEn"] = "Fair hearings now", ["Campaign.TitleEs"] = "Audiencias justas ya",
            ["Campaign.CallEn"] = "Everyone deserves a day in court.", ["Campaign.CallEs"] = "Todos merecen su día en el tribunal.",
            ["Campaign.AboutEn"] = "Why **this** matters.", ["Campaign.Status"] = "Active",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Location();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/campaigns/{slug}")).StatusCode);

        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Step.TitleEn"] = "Tell Congress", ["Step.Url"] = "/lawmakers" }, "form[action$='handler=AddStep']");
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Step.TitleEn"] = "Watch the film", ["Step.TitleEs"] = "Vea la película", ["Step.Url"] = "https://video.example/film" }, "form[action$='handler=AddStep']");
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Figure.LabelEn"] = "People reached", ["Figure.Value"] = "100000", ["Figure.AsOf"] = "2026-10-01" }, "form[action$='handler=AddFigure']");
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Update.PublishedAt"] = "2026-09-01", ["Update.TitleEn"] = "Older news", ["Update.BodyEn"] = "First." }, "form[action$='handler=AddUpdate']");
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Update.PublishedAt"] = "2026-11-01", ["Update.TitleEn"] = "Newer news", ["Update.TitleEs"] = "Noticia nueva", ["Update.BodyEn"] = "Second." }, "form[action$='handler=AddUpdate']");
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Partner.Name"] = "Legal Aid Network", ["Partner.Url"] = "https://legal-aid.example" }, "form[action$='handler=AddPartner']");
        var published = await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Publish']");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await visitor.GetDocumentAsync($"/campaigns/{slug}");
        Assert.Equal("Fair hearings now", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Everyone deserves a day in court.", page.QuerySelector(".hero__lead")!.TextContent);
        Assert.Equal(["Tell Congress", "Watch the film"], page.QuerySelectorAll(".ladder__link").Select(a => a.TextContent));
        Assert.Equal("/lawmakers", page.QuerySelector(".ladder__link")!.GetAttribute("href"));
        Assert.Contains("100,000", page.QuerySelector(".counts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 October 2026", page.QuerySelector(".counts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Newer news", "Older news"], page.QuerySelectorAll(".update h3").Select(h => h.TextContent));
        Assert.Equal("<strong>this</strong>", page.QuerySelector("#about-heading + p strong")!.OuterHtml);
        Assert.Equal("https://legal-aid.example", page.QuerySelector(".partners a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/campaigns/{slug}/updates.atom");

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await spanish.GetDocumentAsync($"/campaigns/{slug}");
        Assert.Equal("Audiencias justas ya", es.QuerySelector("h1")!.TextContent);
        Assert.Equal(["Tell Congress", "Vea la película"], es.QuerySelectorAll(".ladder__link").Select(a => a.TextContent));
        Assert.Equal("Activa", es.QuerySelector(".status")!.TextContent);
        Assert.Contains("100.000", es.QuerySelector(".counts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_published_change_shows_at_once_even_though_public_pages_are_cached()
    {
        var (id, slug) = await PublishedCampaignAsync();
        var visitor = app.CreateBrowserClient();
        Assert.Equal("Original title", (await visitor.GetDocumentAsync($"/campaigns/{slug}")).QuerySelector("h1")!.TextContent);
        Assert.Contains("Original title", (await visitor.GetDocumentAsync("/campaigns")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var staff = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var saved = await staff.SubmitAsync($"/staff/campaigns/{id}", new Dictionary<string, string>
        {
            ["Campaign.Slug"] = slug, ["Campaign.TitleEn"] = "Changed title", ["Campaign.CallEn"] = "A call.", ["Campaign.Status"] = "Won",
        }, "form[action$='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await visitor.GetDocumentAsync($"/campaigns/{slug}");
        Assert.Equal("Changed title", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Won", page.QuerySelector(".status")!.TextContent);
        Assert.Contains("Changed title", (await visitor.GetDocumentAsync("/campaigns")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_in_the_staff_forms_are_explained_and_change_nothing()
    {
        var (id, slug) = await PublishedCampaignAsync();
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);

        var badSlug = await staff.SubmitAsync("/staff/campaigns", new Dictionary<string, string>
        {
            ["Campaign.Slug"] = "Not A Slug!", ["Campaign.TitleEn"] = "Kept title", ["Campaign.CallEn"] = "Kept call", ["Campaign.Status"] = "Active",
        });
        Assert.Equal(HttpStatusCode.OK, badSlug.StatusCode);
        var page = await HtmlForms.ParseAsync(badSlug);
        Assert.Contains("lower-case letters", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept title", page.QuerySelector("input[name='Campaign.TitleEn']")!.GetAttribute("value"));

        var duplicate = await staff.SubmitAsync("/staff/campaigns", new Dictionary<string, string>
        {
            ["Campaign.Slug"] = slug, ["Campaign.TitleEn"] = "Twin", ["Campaign.CallEn"] = "Twin", ["Campaign.Status"] = "Active",
        });
        Assert.Contains("Another campaign already uses this address.", (await HtmlForms.ParseAsync(duplicate)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var badStep = await staff.SubmitAsync($"/staff/campaigns/{id}", new Dictionary<string, string> { ["Step.TitleEn"] = "Bad", ["Step.Url"] = "javascript:alert(1)" }, "form[action$='handler=AddStep']");
        Assert.Contains("A step links to a page of this site", (await HtmlForms.ParseAsync(badStep)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var emptyFigure = await staff.SubmitAsync($"/staff/campaigns/{id}", new Dictionary<string, string> { ["Figure.LabelEn"] = "", ["Figure.Value"] = "-5", ["Figure.AsOf"] = "" }, "form[action$='handler=AddFigure']");
        var figureErrors = (await HtmlForms.ParseAsync(emptyFigure)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Enter the label in English.", figureErrors, StringComparison.Ordinal);
        Assert.Contains("A figure cannot be negative.", figureErrors, StringComparison.Ordinal);

        var campaign = await app.WithDbAsync(db => Task.FromResult(db.Set<Campaign>().Count(c => c.Slug == slug)));
        Assert.Equal(1, campaign);
        var publicPage = await app.CreateBrowserClient().GetDocumentAsync($"/campaigns/{slug}");
        Assert.Empty(publicPage.QuerySelectorAll(".ladder__link"));
        Assert.Null(publicPage.QuerySelector(".counts"));
    }

    [Fact]
    public async Task Only_campaign_staff_and_administrators_open_the_campaign_section()
    {
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var campaigner = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);

        Assert.StartsWith("http://localhost/account/access-denied", (await volunteer.GetAsync("/staff/campaigns")).Location(), StringComparison.Ordinal);
        Assert.StartsWith("http://localhost/account/access-denied", (await hotline.GetAsync("/staff/campaigns")).Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await campaigner.GetAsync("/staff/campaigns")).StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", (await app.CreateBrowserClient().GetAsync("/staff/campaigns")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_campaign_publishes_an_atom_feed_of_its_updates()
    {
        var (id, slug) = await PublishedCampaignAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
            await service.AddUpdateAsync(id, new UpdateInput(new DateTime(2026, 11, 2), "Delivered <today>", "Entregadas", "We **delivered** the signatures.", null));
        }

        var response = await app.CreateBrowserClient().GetAsync($"/campaigns/{slug}/updates.atom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("Delivered <today>", entry.Element(atom + "title")!.Value);
        Assert.Equal("2026-11-02T00:00:00Z", entry.Element(atom + "updated")!.Value);
        Assert.Contains("<strong>delivered</strong>", entry.Element(atom + "content")!.Value, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync("/campaigns/no-such-campaign/updates.atom")).StatusCode);
    }

    [Fact]
    public async Task A_long_campaign_shows_its_newest_updates_and_first_films_and_pages_through_the_rest()
    {
        var (id, slug) = await PublishedCampaignAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
            for (var day = 1; day <= 23; day++)
            {
                await service.AddUpdateAsync(id, new UpdateInput(new DateTime(2026, 10, day), $"Update of 2026-10-{day:00}", null, "News.", null));
            }

            var db = scope.ServiceProvider.GetRequiredService<Fairwatch.Data.FairwatchDb>();
            db.AddRange(Enumerable.Range(1, 14).Select(i => new Film
            {
                Slug = $"{slug}-film-{i}", CampaignId = id, Position = i, Title = LocalizedText.From($"Campaign film {i}", null),
                MadeOn = new DateOnly(2025, 1, i), VideoHost = VideoHost.Vimeo, VideoId = "76979871", IsPublished = true,
            }));
            await db.SaveChangesAsync();
            // Films are added behind the services' back here, so the cached pages are evicted by hand.
            await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>().EvictByTagAsync(CampaignService.CacheTag, default);
        }

        var visitor = app.CreateBrowserClient();
        var page = await visitor.GetDocumentAsync($"/campaigns/{slug}");
        var shown = page.QuerySelectorAll(".update h3").Select(h => h.TextContent).ToList();
        Assert.Equal(Enumerable.Range(14, 10).Reverse().Select(day => $"Update of 2026-10-{day:00}"), shown);
        Assert.Equal($"/campaigns/{slug}/updates?page=2", page.QuerySelector(".updates a[href*='page=2']")!.GetAttribute("href"));
        Assert.Contains("23", page.QuerySelector(".updates a[href*='page=2']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"Campaign film {i}"), page.QuerySelectorAll(".campaign-films .film-card h3").Select(h => h.TextContent.Trim()));
        Assert.Equal($"/films?campaign={slug}", page.QuerySelector($".campaign-films a[href='/films?campaign={slug}']")!.GetAttribute("href"));

        var second = await visitor.GetDocumentAsync($"/campaigns/{slug}/updates?page=2");
        Assert.Equal(Enumerable.Range(4, 10).Reverse().Select(day => $"Update of 2026-10-{day:00}"), second.QuerySelectorAll(".update h2").Select(h => h.TextContent));
        Assert.NotNull(second.QuerySelector("a[rel='prev'][href$='page=1']"));
        var last = await visitor.GetDocumentAsync($"/campaigns/{slug}/updates?page=3");
        Assert.Equal(["Update of 2026-10-03", "Update of 2026-10-02", "Update of 2026-10-01"], last.QuerySelectorAll(".update h2").Select(h => h.TextContent));
        Assert.Null(last.QuerySelector("a[rel='next']"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/campaigns/{slug}/updates?page=4")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/campaigns/{slug}/updates?page=0")).StatusCode);

        var films = await visitor.GetDocumentAsync($"/films?campaign={slug}");
        Assert.Equal(14, films.QuerySelectorAll(".film-card").Length);
        Assert.Contains("Original title", films.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/films?campaign=no-such-campaign")).StatusCode);
    }

    private async Task<(int Id, string Slug)> PublishedCampaignAsync()
    {
        var slug = $"campaign-{Guid.NewGuid():N}"[..24];
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await service.CreateAsync(new CampaignInput(slug, "Original title", null, "The call.", null, null, null, CampaignStatus.Active))).Id!.Value;
        await service.SetPublishedAsync(id, true);
        return (id, slug);
    }
}

public sealed class CampaignsOnSqlite(SqliteApp app) : CampaignTests(app), IClassFixture<SqliteApp>;

public sealed class CampaignsOnPostgres(PostgresApp app) : CampaignTests(app), IClassFixture<PostgresApp>;
