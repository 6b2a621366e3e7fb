using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Videos;

namespace Fairwatch.IntegrationTests.Videos;

public abstract class FilmPageTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_film_page_shows_every_fact_the_transcript_the_captions_and_a_player_that_loads_nothing_yet()
    {
        var campaign = await PublishedCampaignAsync("Fair hearings now");
        var issue = await IssueAsync("Right to counsel", "Derecho a un abogado");
        var slug = await PublishedFilmAsync(new FilmInput
        {
            TitleEn = "A Fair Hearing",
            TitleEs = "Una audiencia justa",
            CampaignId = campaign.Id,
            MadeOn = new DateOnly(2024, 9, 12),
            Length = "5:22",
            VideoAddress = "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3s",
            MadeByEn = "A collective with 32 partners",
            LocationEn = "El Paso, Texas",
            GoalEn = "Ask Congress for fair hearings.",
            AudienceEn = "Voters who value fairness.",
            MessageEn = "Fairness for some is fairness for none.",
            MessageEs = "Justicia para algunos no es justicia.",
            ContentNotesEn = "Animation; no violence.",
            TranscriptEn = "**Narrator:** Imagine a court <script>alert(1)</script>",
            CaptionsUrl = "https://captions.example/fair.vtt",
            IssueIds = [issue.Id],
        });

        var response = await app.CreateBrowserClient().GetAsync($"/films/{slug}");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("A Fair Hearing", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("A Fair Hearing – Fairwatch", page.Title);
        var facts = Facts(page);
        Assert.Equal("12 September 2024", facts["Date made"]);
        Assert.Equal("5:22", facts["Length"]);
        Assert.Equal("A collective with 32 partners", facts["Made by"]);
        Assert.Equal("El Paso, Texas", facts["Location"]);
        Assert.Equal("Right to counsel", facts["Human-rights issues"]);
        Assert.Equal("Ask Congress for fair hearings.", facts["Goal"]);
        Assert.Equal("Voters who value fairness.", facts["Primary audience"]);
        Assert.Equal("Fairness for some is fairness for none.", facts["Message"]);
        Assert.Equal("Animation; no violence.", facts["Content and style"]);
        Assert.Equal("PT0H5M22S", page.QuerySelector(".facts time[datetime^='PT']")!.GetAttribute("datetime"));
        Assert.Equal("https://captions.example/fair.vtt", page.QuerySelector(".film__captions")!.GetAttribute("href"));
        Assert.Equal($"/films?issue={issue.Slug}", page.QuerySelector(".facts .tag")!.GetAttribute("href"));
        Assert.Equal($"/campaigns/{campaign.Slug}", page.QuerySelector(".film__campaign a")!.GetAttribute("href"));
        Assert.Equal("<strong>Narrator:</strong>", page.QuerySelector(".film__transcript strong")!.OuterHtml);
        Assert.Empty(page.QuerySelectorAll(".film__transcript script"));

        // The player: a poster drawn here, a plain link to the film on YouTube, and the privacy-enhanced address for later.
        var player = page.QuerySelector("[data-player]")!;
        var start = player.QuerySelector("a[data-player-start]")!;
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", start.GetAttribute("href"));
        Assert.Contains("A Fair Hearing", start.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", player.GetAttribute("data-embed"));
        Assert.StartsWith("Opens YouTube.", player.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(player.QuerySelector("figcaption")!.Id, start.GetAttribute("aria-describedby"));
        Assert.Empty(page.QuerySelectorAll("iframe"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.StartsWith("/js/player.js", StringComparison.Ordinal));
        AssertLoadsNothingFromElsewhere(page);
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("Fairness for some is fairness for none.", page.QuerySelector("meta[property='og:description']")!.GetAttribute("content"));
        Assert.Equal($"http://localhost/films/{slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await spanish.GetDocumentAsync($"/films/{slug}");
        Assert.Equal("Una audiencia justa", es.QuerySelector("h1")!.TextContent);
        var hechos = Facts(es);
        Assert.Equal("12 de septiembre de 2024", hechos["Fecha de realización"]);
        Assert.Equal("5:22", hechos["Duración"]);
        Assert.Equal("Derecho a un abogado", hechos["Temas de derechos humanos"]);
        Assert.Equal("Justicia para algunos no es justicia.", hechos["Mensaje"]);
        Assert.Equal("A collective with 32 partners", hechos["Realización"]);
        Assert.StartsWith("Abre YouTube.", es.QuerySelector("[data-player] figcaption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vimeo_film_plays_from_vimeo_with_do_not_track()
    {
        var slug = await PublishedFilmAsync(Film("Behind the Fence") with { VideoAddress = "https://vimeo.com/channels/staffpicks/76979871" });

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/films/{slug}");

        var player = page.QuerySelector("[data-player]")!;
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1", player.GetAttribute("data-embed"));
        Assert.Equal("https://vimeo.com/76979871", player.QuerySelector("a[data-player-start]")!.GetAttribute("href"));
        Assert.StartsWith("Opens Vimeo.", player.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".film__transcript"));
        Assert.Null(page.QuerySelector(".film__campaign"));
        Assert.DoesNotContain("Made by", Facts(page).Keys);
    }

    [Fact]
    public async Task The_library_is_filtered_by_issue_with_plain_links()
    {
        var asylum = await IssueAsync("Asylum seekers", "Solicitantes de asilo");
        var detention = await IssueAsync("Detention conditions", "Condiciones de detención");
        var quiet = await IssueAsync("Issue without public films", null);
        var asylumFilm = await PublishedFilmAsync(Film("Asylum, Step by Step") with { IssueIds = [asylum.Id] });
        await PublishedFilmAsync(Film("Behind the Wire") with { IssueIds = [detention.Id] });
        var visitor = app.CreateBrowserClient();

        var all = await visitor.GetDocumentAsync("/films");
        var titles = CardTitles(all);
        Assert.Contains("Asylum, Step by Step", titles);
        Assert.Contains("Behind the Wire", titles);
        Assert.Equal("/films", all.QuerySelector(".issue-filter a[aria-current='page']")!.GetAttribute("href"));
        var filterLinks = all.QuerySelectorAll(".issue-filter a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/films?issue={asylum.Slug}", filterLinks);
        Assert.DoesNotContain($"/films?issue={quiet.Slug}", filterLinks);
        Assert.Equal($"/films/{asylumFilm}", all.QuerySelectorAll(".film-card__title a").Single(a => a.TextContent == "Asylum, Step by Step").GetAttribute("href"));

        var filtered = await visitor.GetDocumentAsync($"/films?issue={asylum.Slug}");
        Assert.Equal(["Asylum, Step by Step"], CardTitles(filtered));
        Assert.Equal("Films about Asylum seekers", filtered.QuerySelector("h1")!.TextContent);
        Assert.Equal($"/films?issue={asylum.Slug}", filtered.QuerySelector(".issue-filter a[aria-current='page']")!.GetAttribute("href"));
        Assert.Equal(["Behind the Wire"], CardTitles(await visitor.GetDocumentAsync($"/films?issue={detention.Slug}")));
        Assert.Empty(CardTitles(await visitor.GetDocumentAsync($"/films?issue={quiet.Slug}")));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/films?issue=no-such-issue")).StatusCode);

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        Assert.Equal("Películas sobre Solicitantes de asilo", (await spanish.GetDocumentAsync($"/films?issue={asylum.Slug}")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unpublished_film_is_nowhere_public_and_publishing_shows_it_at_once()
    {
        var campaign = await PublishedCampaignAsync("Quiet campaign");
        var (id, slug) = await FilmAsync(Film("Not Yet Public") with { CampaignId = campaign.Id });
        var visitor = app.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/films/{slug}")).StatusCode);
        Assert.DoesNotContain("Not Yet Public", CardTitles(await visitor.GetDocumentAsync("/films")));
        Assert.Null((await visitor.GetDocumentAsync($"/campaigns/{campaign.Slug}")).QuerySelector(".campaign-films"));

        await WithFilmsAsync(films => films.SetPublishedAsync(id, true));
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/films/{slug}")).StatusCode);
        Assert.Contains("Not Yet Public", CardTitles(await visitor.GetDocumentAsync("/films")));
        Assert.Equal(["Not Yet Public"], CardTitles(await visitor.GetDocumentAsync($"/campaigns/{campaign.Slug}")));

        Assert.Contains($"http://localhost/films/{slug}", await SitemapAsync(visitor));

        await WithFilmsAsync(films => films.SetPublishedAsync(id, false));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/films/{slug}")).StatusCode);
        Assert.DoesNotContain($"http://localhost/films/{slug}", await SitemapAsync(visitor));
        Assert.Contains("http://localhost/films", await SitemapAsync(visitor));
        Assert.DoesNotContain("Not Yet Public", CardTitles(await visitor.GetDocumentAsync("/films")));
        Assert.Null((await visitor.GetDocumentAsync($"/campaigns/{campaign.Slug}")).QuerySelector(".campaign-films"));
    }

    [Fact]
    public async Task The_campaign_page_shows_its_films_in_the_campaign_order()
    {
        var campaign = await PublishedCampaignAsync("Ordered campaign");
        await PublishedFilmAsync(Film("Second Film") with { CampaignId = campaign.Id });
        await PublishedFilmAsync(Film("Third Film") with { CampaignId = campaign.Id });
        await PublishedFilmAsync(Film("First Film") with { CampaignId = campaign.Id, Position = 1 });
        await PublishedFilmAsync(Film("Film of Another Campaign"));

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/campaigns/{campaign.Slug}");

        Assert.Equal("Films", page.QuerySelector("#films-heading")!.TextContent);
        Assert.Equal(["First Film", "Second Film", "Third Film"], page.QuerySelectorAll(".campaign-films h3").Select(h => h.TextContent));
        Assert.Empty(page.QuerySelectorAll("iframe"));
        AssertLoadsNothingFromElsewhere(page);
    }

    private static FilmInput Film(string title) => new()
    {
        TitleEn = title,
        Slug = $"film-{Guid.NewGuid():N}",
        MadeOn = new DateOnly(2023, 5, 1),
        Length = "12:40",
        VideoAddress = "https://youtu.be/a1B2c3D4e5F",
    };

    private static Dictionary<string, string> Facts(IDocument page) =>
        page.QuerySelectorAll(".facts > div").ToDictionary(
            d => d.QuerySelector("dt")!.TextContent.Trim(),
            d => string.Join(" ", d.QuerySelector("dd")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));

    private static async Task<List<string>> SitemapAsync(HttpClient client)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return [.. XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Descendants(ns + "loc").Select(l => l.Value)];
    }

    private static List<string> CardTitles(IDocument page) => [.. page.QuerySelectorAll(".film-card__title").Select(h => h.TextContent.Trim())];

    private static void AssertLoadsNothingFromElsewhere(IDocument page)
    {
        // Canonical and alternate links name addresses; they load nothing.
        foreach (var element in page.QuerySelectorAll("script, link:not([rel=canonical]):not([rel=alternate]), img, iframe, source, video, audio, object, embed"))
        {
            var url = element.GetAttribute("src") ?? element.GetAttribute("href");
            Assert.True(url is null || url.StartsWith('/') || url.StartsWith("data:", StringComparison.Ordinal), $"{element.TagName} loads {url}");
        }

        Assert.Empty(page.QuerySelectorAll("script:not([src]), style, [style]"));
    }

    private async Task<(int Id, string Slug)> FilmAsync(FilmInput input)
    {
        var result = await WithFilmsAsync(films => films.CreateAsync(input));
        Assert.True(result.Succeeded, result.Error);
        var film = await WithFilmsAsync(films => films.FindAsync(result.Id!.Value));
        return (film!.Id, film.Slug);
    }

    private async Task<string> PublishedFilmAsync(FilmInput input)
    {
        var (id, slug) = await FilmAsync(input);
        await WithFilmsAsync(films => films.SetPublishedAsync(id, true));
        return slug;
    }

    private async Task<FilmIssue> IssueAsync(string en, string? es)
    {
        var name = $"{en} {Guid.NewGuid():N}"[..(en.Length + 7)];
        var id = (await WithFilmsAsync(films => films.AddIssueAsync(name, es))).Id!.Value;
        var issue = (await WithFilmsAsync(films => films.ListIssuesAsync())).Single(i => i.Id == id);
        // Visible names without the suffix that keeps slugs unique across tests sharing one database.
        await WithFilmsAsync(films => films.RenameIssueAsync(id, en, es));
        issue.Name = Fairwatch.Web.LocalizedText.From(en, es);
        return issue;
    }

    private async Task<Campaign> PublishedCampaignAsync(string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var slug = $"campaign-{Guid.NewGuid():N}"[..24];
        var id = (await campaigns.CreateAsync(new CampaignInput(slug, title, null, "The call.", null, null, null, CampaignStatus.Active))).Id!.Value;
        await campaigns.SetPublishedAsync(id, true);
        return (await campaigns.FindAsync(id))!;
    }

    private async Task<T> WithFilmsAsync<T>(Func<FilmService, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<FilmService>());
    }
}

public sealed class FilmPagesOnSqlite(SqliteApp app) : FilmPageTests(app), IClassFixture<SqliteApp>;

public sealed class FilmPagesOnPostgres(PostgresApp app) : FilmPageTests(app), IClassFixture<PostgresApp>;
