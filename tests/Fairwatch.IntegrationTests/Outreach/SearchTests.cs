using AngleSharp.Dom;
using Fairwatch.Blog;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Outreach.OutreachTestData;

namespace Fairwatch.IntegrationTests.Outreach;

/// <summary>/search finds published campaigns, films, posts and press releases in both languages, whatever the case and accents.</summary>
public abstract class SearchTests(FairwatchFactory app)
{
    [Fact]
    public async Task Every_kind_of_published_content_is_found_in_both_languages_ignoring_case_and_accents()
    {
        // A made-up word per test run, so that other tests' content cannot match.
        var word = "Zorbal" + Guid.NewGuid().ToString("N")[..6];
        var campaign = await CampaignAsync(app, $"Campaign about {word}", "A call.", titleEs: "Campaña", aboutEs: $"La detención de {word}ía afecta a familias.");
        var (_, film) = await FilmAsync(app, "A film", "Una película", message: $"The {word} story.", messageEs: $"La historia de {word}.");
        var post = Slug("post");
        await PublishedPostAsync(post, $"Notes on {word}", $"Notas sobre {word}", body: "Nothing to find here.");
        var (_, release) = await ReleaseAsync(app, "A statement", $"We speak about **{word}** today.", titleEs: "Una declaración", bodyEs: $"Hablamos hoy de {word}.");

        var results = await ResultsAsync(app.CreateBrowserClient(), word.ToUpperInvariant());

        Assert.Equal(
            new[] { $"/campaigns/{campaign}", $"/films/{film}", $"/blog/{post}", $"/press/{release}" }.Order(),
            results.Select(r => r.QuerySelector("a")!.GetAttribute("href")!).Order());
        var kinds = results.ToDictionary(r => r.QuerySelector("a")!.GetAttribute("href")!, r => r.QuerySelector(".search-result__kind")!.TextContent);
        Assert.Equal("Campaign", kinds[$"/campaigns/{campaign}"]);
        Assert.Equal("Film", kinds[$"/films/{film}"]);
        Assert.Equal("Blog post", kinds[$"/blog/{post}"]);
        Assert.Equal("Press release", kinds[$"/press/{release}"]);
        // The press release matched in its Markdown body: the snippet shows the words, marked, without the Markdown.
        var snippet = results.Single(r => r.QuerySelector("a")!.GetAttribute("href") == $"/press/{release}").QuerySelector(".search-result__snippet")!;
        Assert.Equal($"We speak about {word} today.", snippet.TextContent);
        Assert.Equal(word, snippet.QuerySelector("mark")!.TextContent);

        // Spanish words, typed without their accents, find the Spanish text; the snippet says it is Spanish.
        var spanish = await ResultsAsync(app.CreateBrowserClient(), $"DETENCION {word}IA");
        var found = Assert.Single(spanish);
        Assert.Equal($"/campaigns/{campaign}", found.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("es", found.QuerySelector(".search-result__snippet")!.GetAttribute("lang"));
        Assert.Equal(["detención", $"{word}ía"], found.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task A_spanish_reader_sees_spanish_titles_and_matches_in_spanish_first()
    {
        var word = "Quelpo" + Guid.NewGuid().ToString("N")[..6];
        var (_, englishOnly) = await FilmAsync(app, $"{word} in English only", message: "Only English here.");
        var (_, bothLanguages) = await FilmAsync(app, "A film in two languages", $"{word} en español", message: "English message.", messageEs: "Mensaje en español.");

        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var page = await client.GetDocumentAsync($"/search?q={word}");
        var results = page.QuerySelectorAll(".search-result").ToList();

        Assert.Equal([$"/films/{bothLanguages}", $"/films/{englishOnly}"], results.Select(r => r.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal($"{word} en español", results[0].QuerySelector("a")!.TextContent);
        Assert.Null(results[0].QuerySelector("a")!.GetAttribute("lang"));
        // No Spanish title: the English one, marked as English for screen readers.
        Assert.Equal("en", results[1].QuerySelector("a")!.GetAttribute("lang"));
        Assert.Equal("Película", results[0].QuerySelector(".search-result__kind")!.TextContent);
        Assert.Equal($"2 resultados para «{word}»", page.QuerySelector(".search-page__count")!.TextContent);
    }

    [Fact]
    public async Task Nothing_unpublished_is_found()
    {
        var word = "Hidden" + Guid.NewGuid().ToString("N")[..6];
        await CampaignAsync(app, $"Draft campaign {word}", "A call.", publish: false);
        await FilmAsync(app, $"Draft film {word}", publish: false);
        await ReleaseAsync(app, $"Draft release {word}", "Text.", publish: false);
        await ReleaseAsync(app, $"Embargoed release {word}", "Text.", releasedOn: DateTime.UtcNow.Date.AddDays(3));
        await PublishedPostAsync(Slug("future"), $"Future post {word}", null, "Text.", date: DateTime.UtcNow.Date.AddDays(3));

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/search?q={word}");

        Assert.Empty(page.QuerySelectorAll(".search-result"));
        Assert.Equal($"Nothing found for “{word}”", page.QuerySelector(".search-page__count")!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/films']"));
    }

    [Fact]
    public async Task An_empty_search_says_what_to_do_and_the_header_has_a_plain_search_form()
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync("/search?q=%20%20");

        Assert.Equal("Type one or more words to search for.", page.QuerySelector(".notice[role=status]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".search-result"));

        var header = page.QuerySelector("header form[role=search]")!;
        Assert.Equal("get", header.GetAttribute("method"));
        Assert.Equal("/search", header.GetAttribute("action"));
        Assert.Equal("q", header.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.NotNull(page.QuerySelector($"label[for='{header.QuerySelector("input")!.Id}']"));

        var start = await app.CreateBrowserClient().GetDocumentAsync("/search");
        Assert.Null(start.QuerySelector(".notice"));
        Assert.Equal("Search", start.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task What_is_typed_is_shown_back_encoded_and_never_breaks_the_search()
    {
        var query = "<script>alert(1)</script> 100% _x_";

        var response = await app.CreateBrowserClient().GetAsync($"/search?q={Uri.EscapeDataString(query)}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal(query, page.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Contains("Nothing found", page.QuerySelector(".search-page__count")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<List<IElement>> ResultsAsync(HttpClient client, string query) =>
        [.. (await client.GetDocumentAsync($"/search?q={Uri.EscapeDataString(query)}")).QuerySelectorAll(".search-result")];

    private async Task PublishedPostAsync(string slug, string title, string? titleEs, string body, DateTime? date = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var blog = scope.ServiceProvider.GetRequiredService<BlogService>();
        var author = (await blog.CreateAuthorAsync(new AuthorInput("Search Author", null, null))).Id!.Value;
        var created = await blog.CreateAsync(new PostInput(slug, title, titleEs, "A summary.", null, body, null, author, date ?? DateTime.UtcNow.Date, null));
        Assert.True(created.Succeeded, created.Error);
        Assert.True((await blog.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
    }
}

public sealed class SearchOnSqlite(SqliteApp app) : SearchTests(app), IClassFixture<SqliteApp>;

public sealed class SearchOnPostgres(PostgresApp app) : SearchTests(app), IClassFixture<PostgresApp>;
