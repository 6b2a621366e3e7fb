using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Lawmakers;

public abstract class LawmakersPageTests(FairwatchFactory app)
{
    private const string HouseLookup = "https://ziplook.house.gov/htbin/findrep_house";

    [Fact]
    public async Task The_page_is_a_plain_get_form_that_a_browser_without_javascript_can_submit()
    {
        var client = app.CreateBrowserClient();
        var page = await client.GetDocumentAsync("/lawmakers");

        var form = Assert.IsAssignableFrom<IHtmlFormElement>(page.QuerySelector("main form"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/lawmakers", form.GetAttribute("action"));
        var input = Assert.IsAssignableFrom<IHtmlInputElement>(form.QuerySelector("input[name=zip]"));
        Assert.Equal("zip", input.Id);
        Assert.NotNull(page.QuerySelector("label[for=zip]"));
        Assert.Empty(page.QuerySelectorAll(".lawmaker"));

        // What a browser does with a GET form: the fields become the query string of the action.
        var results = await client.GetDocumentAsync($"{form.GetAttribute("action")}?{input.Name}=94110");

        Assert.Equal("94110", results.QuerySelector<IHtmlInputElement>("input[name=zip]")!.Value);
        Assert.Equal(["Adam B. Schiff", "Alex Padilla", "Nancy Pelosi"], Names(results));
        var pelosi = results.QuerySelectorAll(".lawmaker").Single(c => c.QuerySelector("h3")!.TextContent == "Nancy Pelosi");
        Assert.Equal("Representative for California, district 11", pelosi.QuerySelector(".lawmaker__role")!.TextContent);
        Assert.Equal("tel:+12022254965", pelosi.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Contains("Democrat", pelosi.TextContent, StringComparison.Ordinal);
        Assert.NotNull(pelosi.QuerySelector("details.lawmaker__offices"));
        var padilla = results.QuerySelectorAll(".lawmaker").Single(c => c.QuerySelector("h3")!.TextContent == "Alex Padilla");
        Assert.StartsWith("https://www.padilla.senate.gov/", padilla.QuerySelector("a[href^='https://']")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(results.GetElementById("choose-representative"));
        Assert.Contains("June 15, 2026", results.QuerySelector(".lawmaker-results__source")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_split_zip_code_lists_each_possible_representative_and_asks_the_supporter_to_choose()
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync("/lawmakers?zip=60614");

        var choose = page.GetElementById("choose-representative");
        Assert.NotNull(choose);
        Assert.Contains("ZIP code 60614 is split between 3 congressional districts.", choose.TextContent, StringComparison.Ordinal);
        Assert.Contains("choose the one for your street address", choose.TextContent, StringComparison.Ordinal);
        var link = choose.QuerySelector("a")!;
        Assert.Equal(HouseLookup, link.GetAttribute("href"));
        Assert.Null(link.GetAttribute("target"));
        Assert.Contains("Your representative is one of these", page.QuerySelectorAll("h2").Select(h => h.TextContent));
        var roles = page.QuerySelectorAll(".lawmaker__role").Select(r => r.TextContent).ToList();
        Assert.Equal(
            ["Senator for Illinois", "Senator for Illinois", "Representative for Illinois, district 3", "Representative for Illinois, district 5", "Representative for Illinois, district 7"],
            roles);
    }

    [Fact]
    public async Task A_zip_code_across_a_state_line_says_the_senators_depend_on_the_state()
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync("/lawmakers?zip=30165");

        Assert.Contains("crosses a state line", page.GetElementById("choose-representative")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, page.QuerySelectorAll(".lawmaker__role").Count(r => r.TextContent.StartsWith("Senator for ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("abc", "Enter a ZIP code of 5 digits, for example 20001.")]
    [InlineData("", "Enter your ZIP code.")]
    [InlineData("99999", "We have no congressional district for ZIP code 99999.")]
    public async Task A_wrong_or_unknown_zip_code_gets_a_clear_message_on_the_form(string zip, string message)
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync($"/lawmakers?zip={zip}");

        var summary = page.QuerySelector(".error-summary");
        Assert.NotNull(summary);
        Assert.Contains(message, summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("#zip", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(message, page.GetElementById("zip-error")!.TextContent, StringComparison.Ordinal);
        var input = page.QuerySelector<IHtmlInputElement>("#zip")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("zip-error", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(zip, input.Value);
        Assert.Empty(page.QuerySelectorAll(".lawmaker"));
    }

    [Fact]
    public async Task An_unknown_zip_code_offers_the_house_lookup_by_address()
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync("/lawmakers?zip=00000");

        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == HouseLookup);
    }

    [Fact]
    public async Task Washington_DC_shows_its_delegate_and_says_there_are_no_senators()
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync("/lawmakers?zip=20001");

        Assert.Contains("District of Columbia has no senators in Congress.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Eleanor Holmes Norton"], Names(page));
        Assert.Equal("Delegate for District of Columbia", page.QuerySelector(".lawmaker__role")!.TextContent);
        Assert.Contains("Your delegate in the House", page.QuerySelectorAll("h2").Select(h => h.TextContent));
    }

    [Fact]
    public async Task A_vacant_seat_is_shown_as_vacant()
    {
        var page = await app.CreateBrowserClient().GetDocumentAsync("/lawmakers?zip=94541");

        var vacant = page.QuerySelector(".lawmaker--vacant");
        Assert.NotNull(vacant);
        Assert.Equal("Vacant seat", vacant.QuerySelector("h3")!.TextContent);
        Assert.Equal("California, district 14", vacant.QuerySelector(".lawmaker__role")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll(".lawmaker:not(.lawmaker--vacant)").Length);
    }

    [Fact]
    public async Task The_page_is_in_spanish_for_a_spanish_browser()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await client.GetDocumentAsync("/lawmakers?zip=00901");

        Assert.Equal("Encuentre a sus legisladores", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Comisionado/a Residente por Puerto Rico", page.QuerySelector(".lawmaker__role")!.TextContent);
        Assert.Contains("Puerto Rico no tiene senadores en el Congreso.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("15 de junio de 2026", page.QuerySelector(".lawmaker-results__source")!.TextContent, StringComparison.Ordinal);
        var invalid = await client.GetDocumentAsync("/lawmakers?zip=1");
        Assert.Contains("Escriba un código postal (ZIP) de 5 dígitos", invalid.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_main_navigation_links_to_the_page()
    {
        var home = await app.CreateBrowserClient().GetDocumentAsync("/");

        var link = home.QuerySelectorAll(".site-nav a").Single(a => a.GetAttribute("href") == "/lawmakers");
        Assert.Equal("Find your lawmakers", link.TextContent);
    }

    private static List<string> Names(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".lawmaker h3").Select(h => h.TextContent)];
}

public sealed class LawmakersPageOnSqlite(SqliteApp app) : LawmakersPageTests(app), IClassFixture<SqliteApp>;

public sealed class LawmakersPageOnPostgres(PostgresApp app) : LawmakersPageTests(app), IClassFixture<PostgresApp>;
