using System.Net;
using Fairwatch.Actions;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Actions.ActionTestData;

namespace Fairwatch.IntegrationTests.Actions;

/// <summary>Finding the supporter's lawmakers on an action page, as a new user would, without JavaScript.</summary>
public abstract class ActionPageTests(FairwatchFactory app)
{
    private const string HouseFinder = "https://www.house.gov/representatives/find-your-representative";

    [Fact]
    public async Task A_zip_code_in_one_district_gives_two_senators_and_one_representative()
    {
        var action = await ActionAsync(app, ActionKind.Letter);
        var visitor = app.CreateBrowserClient();

        var first = await visitor.GetDocumentAsync($"/act/{action.Slug}");
        Assert.Equal("Letter for due process", first.QuerySelector("h1")!.TextContent);
        Assert.Equal("get", first.QuerySelector("main form")!.GetAttribute("method"));
        Assert.Null(first.QuerySelector("form[action*='handler=Letter']"));

        var page = await visitor.GetDocumentAsync($"/act/{action.Slug}?zip=94110");

        var cards = page.QuerySelectorAll("#recipients-heading + ul .lawmaker").ToList();
        Assert.Equal(["Adam B. Schiff", "Alex Padilla", "Nancy Pelosi"], cards.Select(c => c.QuerySelector("h3")!.TextContent).Order(StringComparer.Ordinal));
        var pelosi = cards.Single(c => c.TextContent.Contains("Nancy Pelosi", StringComparison.Ordinal));
        Assert.Contains("Representative for California, district 11", pelosi.TextContent, StringComparison.Ordinal);
        Assert.Contains("Democrat", pelosi.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:+12022254965", pelosi.QuerySelector(".lawmaker__facts a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("main img"));
        var padilla = cards.Single(c => c.TextContent.Contains("Alex Padilla", StringComparison.Ordinal));
        Assert.Contains(padilla.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://www.padilla.senate.gov/contact/");
        Assert.NotNull(page.QuerySelector("form[action*='handler=Letter'] input[name='Letter.Email']"));
        Assert.Null(page.QuerySelector("#choose-representative"));
    }

    [Fact]
    public async Task A_split_zip_code_asks_which_representative_and_never_guesses()
    {
        var action = await ActionAsync(app, ActionKind.Letter);
        var visitor = app.CreateBrowserClient();

        var page = await visitor.GetDocumentAsync($"/act/{action.Slug}?zip=60614");

        Assert.Contains("split between 3 congressional districts", page.QuerySelector("#choose-representative")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HouseFinder, page.QuerySelector("#choose-representative a")!.GetAttribute("href"));
        var options = page.QuerySelectorAll("input[name=district]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["IL-3", "IL-5", "IL-7"], options);
        var labels = page.QuerySelectorAll("input[name=district] + label").Select(l => l.TextContent).ToList();
        Assert.Contains(labels, l => l.Contains("Mike Quigley", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("form[action*='handler=Letter']"));
        Assert.Empty(page.QuerySelectorAll(".lawmaker"));

        // Continuing without a choice says so; choosing gives that district's representative.
        var unchosen = await visitor.GetDocumentAsync($"/act/{action.Slug}?zip=60614&choose=true");
        Assert.Contains("Choose the district of your street address.", unchosen.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#district", unchosen.QuerySelector(".error-summary a")!.GetAttribute("href"));

        var chosen = await visitor.GetDocumentAsync($"/act/{action.Slug}?zip=60614&district=IL-5");
        Assert.Equal(
            ["Mike Quigley", "Richard J. Durbin", "Tammy Duckworth"],
            chosen.QuerySelectorAll("#recipients-heading + ul .lawmaker h3").Select(h => h.TextContent).Order(StringComparer.Ordinal));
        Assert.Equal("IL-5", chosen.QuerySelector("form[action*='handler=Letter'] input[name=district]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Washington_dc_gives_its_delegate_only()
    {
        var action = await ActionAsync(app, ActionKind.Call);

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/act/{action.Slug}?zip=20001");

        var card = Assert.Single(page.QuerySelectorAll(".lawmaker"));
        Assert.Equal("Eleanor Holmes Norton", card.QuerySelector("h3")!.TextContent);
        Assert.Contains("Delegate for District of Columbia", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("District of Columbia has no senators in Congress.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999", "We have no congressional district for ZIP code 99999.")]
    [InlineData("123", "Enter a ZIP code of 5 digits, for example 20001.")]
    [InlineData("", "Enter your ZIP code.")]
    public async Task A_zip_code_that_leads_nowhere_gets_a_clear_message_and_is_kept(string zip, string message)
    {
        var action = await ActionAsync(app, ActionKind.Social);

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/act/{action.Slug}?zip={zip}");

        Assert.Contains(message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#zip", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal(zip, page.QuerySelector("input#zip")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("input#zip")!.GetAttribute("aria-invalid"));
        Assert.Empty(page.QuerySelectorAll(".lawmaker"));
    }

    [Fact]
    public async Task The_pages_speak_spanish()
    {
        var action = await ActionAsync(app, ActionKind.Call);
        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await spanish.GetDocumentAsync($"/act/{action.Slug}?zip=94110");

        Assert.Equal("Call por el debido proceso", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Qué decir", page.QuerySelector("#script-heading")!.TextContent);
        Assert.Contains("Llamé a Nancy Pelosi", page.QuerySelectorAll("legend").Select(l => l.TextContent));
        Assert.Contains("Representante por California, distrito 11", page.QuerySelector("#call-P000197")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Hablé con una persona del equipo", page.QuerySelector("input[name='Reply.Outcome'] + label")!.TextContent);
    }

    [Fact]
    public async Task Drafts_are_hidden_from_visitors_and_previewed_by_staff()
    {
        var draft = await ActionAsync(app, ActionKind.Letter, publish: false);

        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync($"/act/{draft.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync("/act/no-such-action")).StatusCode);

        var staff = await app.SignedInStaffAsync(Fairwatch.Accounts.StaffRoles.CampaignStaff);
        var preview = await staff.GetDocumentAsync($"/act/{draft.Slug}");
        Assert.Contains("Preview", preview.QuerySelector(".notice--warning")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class ActionPagesOnSqlite(SqliteApp app) : ActionPageTests(app), IClassFixture<SqliteApp>;

public sealed class ActionPagesOnPostgres(PostgresApp app) : ActionPageTests(app), IClassFixture<PostgresApp>;
