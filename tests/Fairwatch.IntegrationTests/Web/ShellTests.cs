using System.Net;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Web;

namespace Fairwatch.IntegrationTests.Web;

public abstract class ShellTests(FairwatchFactory app)
{
    public static readonly TheoryData<string> PublicPages = new() { "/", "/safety", "/privacy", "/account/sign-in", "/account/forgot-password", "/lawmakers", "/lawmakers?zip=60614", "/films", "/press", "/get-the-film", "/contact", "/search?q=film" };

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_public_page_has_the_quick_exit_and_the_skip_link(string path)
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync(path);

        var exit = page.GetElementById("quick-exit");
        Assert.NotNull(exit);
        Assert.Equal("A", exit.TagName);
        Assert.Equal(FairwatchFactory.NeutralSite, exit.GetAttribute("href"));
        Assert.Contains("Exit this page", exit.TextContent, StringComparison.Ordinal);
        Assert.Equal("#main", page.QuerySelector(".skip-link")?.GetAttribute("href"));
        Assert.NotNull(page.GetElementById("main"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Every_public_page_loads_nothing_from_another_host_and_has_no_inline_script_or_style(string path)
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync(path);

        // Canonical and alternate links name addresses; they load nothing.
        foreach (var element in page.QuerySelectorAll("script, link:not([rel=canonical]):not([rel=alternate]), img, iframe, source, video, audio"))
        {
            var url = element.GetAttribute("src") ?? element.GetAttribute("href");
            Assert.True(url is null || url.StartsWith('/') || url.StartsWith("data:", StringComparison.Ordinal), $"{element.TagName} loads {url}");
        }

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
        Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/safety")]
    [InlineData("/privacy")]
    [InlineData("/account/sign-in")]
    [InlineData("/css/site.css")]
    [InlineData("/js/quick-exit.js")]
    [InlineData("/health")]
    [InlineData("/api/v1/lawmakers?zip=20001")]
    [InlineData("/api/v1/lawmakers?zip=x")]
    [InlineData("/no-such-page")]
    [InlineData("/staff")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.CreateBrowserClient().GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com;", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Spanish_is_chosen_from_the_browser_language_and_the_lang_attribute_follows()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es-MX,es;q=0.9");

        var page = await client.GetDocumentAsync("/");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Salir de esta página", page.GetElementById("quick-exit")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("English", page.QuerySelector(".language-switch")?.TextContent.Trim());
    }

    [Fact]
    public async Task The_language_switch_returns_to_the_same_page_and_remembers_the_choice()
    {
        var client = app.CreateBrowserClient();
        var safety = await client.GetDocumentAsync("/safety?x=1");
        var switchLink = safety.QuerySelector(".language-switch")!.GetAttribute("href")!;

        var response = await client.GetAsync(switchLink);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/safety?x=1", response.Location());
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(Cultures.CookieName, StringComparison.Ordinal));
        var spanish = await client.GetDocumentAsync("/safety?x=1");
        Assert.Equal("es", spanish.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Cómo navegar con más seguridad", spanish.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var privacy = await client.GetDocumentAsync("/privacy");
        Assert.Equal("Privacidad", privacy.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_language_switch_never_redirects_to_another_site(string returnUrl)
    {
        var response = await app.CreateBrowserClient().GetAsync($"/language/es?returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Location());
    }

    [Fact]
    public async Task An_unknown_page_gets_a_plain_bilingual_404_that_reveals_nothing()
    {
        var client = app.CreateBrowserClient();
        var response = await client.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.GetElementById("quick-exit"));

        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var spanish = await HtmlForms.ParseAsync(await client.GetAsync("/no/such/page"));
        Assert.Equal("Página no encontrada", spanish.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused_and_changes_nothing()
    {
        var client = app.CreateBrowserClient();
        await app.CreateStaffAsync($"csrf-{Guid.NewGuid():N}@example.org", "CampaignStaff");

        var response = await client.PostAsync("/account/forgot-password",
            new FormUrlEncodedContent([new("Input.Email", "someone@example.org")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("Something was wrong with that request", page.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Exception", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Count(m => m.ToAddress == "someone@example.org"))));
    }

    [Fact]
    public async Task Api_errors_are_problem_details_not_html_pages()
    {
        var response = await app.CreateBrowserClient().PostAsync("/api/v1/lawmakers?zip=10001", new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync("/api/v1/nothing-here")).StatusCode);
        Assert.Equal("application/problem+json", (await app.CreateBrowserClient().GetAsync("/api/v1/nothing-here")).Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var response = await app.CreateBrowserClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri}");
}

public sealed class ShellOnSqlite(SqliteApp app) : ShellTests(app), IClassFixture<SqliteApp>;

public sealed class ShellOnPostgres(PostgresApp app) : ShellTests(app), IClassFixture<PostgresApp>;
