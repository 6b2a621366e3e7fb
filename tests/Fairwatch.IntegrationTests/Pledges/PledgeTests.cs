using System.Net;
using System.Text.RegularExpressions;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Pledges;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Pledges.PledgeTestData;

namespace Fairwatch.IntegrationTests.Pledges;

/// <summary>A supporter becomes an ally; staff choose who is featured on the home page and export the allies.</summary>
public abstract class PledgeTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_supporter_pledges_is_counted_at_once_and_pledging_again_changes_nothing_and_reveals_nothing()
    {
        var slug = Slug("ally");
        var id = await PledgeAsync(app, slug);
        var email = AllyEmail("ana");
        var visitor = app.CreateBrowserClient();
        var page = await visitor.GetDocumentAsync($"/pledges/{slug}");
        Assert.Contains("0 people have taken this pledge", page.QuerySelector(".pledge-count")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name='Ally.WantsFeature'][checked]"));

        var pledged = await TakePledgeAsync(app, visitor, slug, id, "  " + email.ToUpperInvariant() + " ", "Ana Kept-Private", "Chicago", "Count me in", feature: true);

        Assert.Equal($"/pledges/{slug}/thanks", pledged.LocationWithoutShareCode());
        var thanks = await visitor.GetDocumentAsync(pledged.Location());
        Assert.Contains("Thank you for taking the pledge", thanks.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 person has taken this pledge", thanks.QuerySelector(".pledge-count")!.TextContent, StringComparison.Ordinal);

        var again = await TakePledgeAsync(app, app.CreateBrowserClient(), slug, id, email, "Impostor", "Elsewhere", "Changed");
        Assert.Equal($"/pledges/{slug}/thanks?already=true", again.LocationWithoutShareCode());
        var told = await visitor.GetDocumentAsync(again.Location());
        Assert.Contains("You have already taken this pledge", told.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", told.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 person has taken this pledge", told.QuerySelector(".pledge-count")!.TextContent, StringComparison.Ordinal);

        var stored = await app.WithDbAsync(db => db.Set<PledgeAlly>().AsNoTracking().SingleAsync(a => a.PledgeId == id));
        Assert.Equal((email, "Ana Kept-Private", "Chicago", "Count me in", true), (stored.Email, stored.Name, stored.City, stored.Message, stored.WantsFeature));
        Assert.Equal(1, await CounterAsync(id));

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await spanish.GetDocumentAsync($"/pledges/{slug}");
        Assert.Equal("Acompañemos a nuestros vecinos", es.QuerySelector("h1")!.TextContent);
        Assert.Contains("1 persona ha asumido este compromiso", es.QuerySelector(".pledge-count")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mistakes_are_explained_what_was_typed_is_kept_and_nothing_is_stored()
    {
        var slug = Slug("mistakes");
        var id = await PledgeAsync(app, slug);
        var visitor = app.CreateBrowserClient();

        var noCity = await HtmlForms.ParseAsync(await TakePledgeAsync(app, visitor, slug, id, AllyEmail("city"), "Kept Name", "", "Kept message"));
        Assert.Contains("Enter your city or town.", noCity.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept Name", noCity.QuerySelector("input[name='Ally.Name']")!.GetAttribute("value"));
        Assert.Equal("Kept message", noCity.QuerySelector("textarea[name='Ally.Message']")!.TextContent.Trim());

        var link = await HtmlForms.ParseAsync(await TakePledgeAsync(app, visitor, slug, id, AllyEmail("link"), message: "Visit https://spam.example"));
        Assert.Contains("cannot contain web addresses", link.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await HtmlForms.ParseAsync(await TakePledgeAsync(app, spanish, slug, id, "not-an-address"));
        Assert.Contains("Escriba un correo electrónico válido.", es.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // The page's own stamp, sent straight back: no person fills the form in that fast.
        var form = await visitor.GetDocumentAsync($"/pledges/{slug}");
        var stamp = form.QuerySelector("input[name='Ally.Stamp']")!.GetAttribute("value");
        var fast = await HtmlForms.ParseAsync(await TakePledgeAsync(app, visitor, slug, id, AllyEmail("fast"), stamp: stamp));
        Assert.Contains("quicker than anyone can fill in a form", fast.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var forged = await HtmlForms.ParseAsync(await TakePledgeAsync(app, visitor, slug, id, AllyEmail("forged"), stamp: "not-a-stamp"));
        Assert.Contains("We could not check this form", forged.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // A filled honeypot is thanked like a person and forgotten.
        var bot = await TakePledgeAsync(app, visitor, slug, id, AllyEmail("bot"), homepage: "https://spam.example");
        Assert.Equal($"/pledges/{slug}/thanks", bot.LocationWithoutShareCode());

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<PledgeAlly>().CountAsync(a => a.PledgeId == id)));
        Assert.Equal(0, await CounterAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/pledges/{Slug("missing")}")).StatusCode);
        var hidden = Slug("hidden");
        await PledgeAsync(app, hidden, publish: false);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/pledges/{hidden}")).StatusCode);
    }

    [Fact]
    public async Task Staff_approve_who_is_featured_and_the_home_page_shows_first_name_city_and_message_only()
    {
        var slug = Slug("featured");
        var id = await PledgeAsync(app, slug);
        var visitor = app.CreateBrowserClient();
        var city = $"Town{Guid.NewGuid():N}"[..14];
        var (featured, notAsked) = (AllyEmail("featured"), AllyEmail("quiet"));
        await TakePledgeAsync(app, visitor, slug, id, featured, "Rosa Lastname-Private", city, "Due process for all", feature: true);
        await TakePledgeAsync(app, visitor, slug, id, notAsked, "Quiet Person", city, "Not for the home page");
        // Cached before any approval: approving must evict it.
        Assert.DoesNotContain(city, await visitor.GetStringAsync("/"), StringComparison.Ordinal);

        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var edit = await staff.GetDocumentAsync($"/staff/pledges/{id}");
        Assert.Equal("2 people have taken this pledge", edit.QuerySelector("[data-count=allies]")!.TextContent);
        var rows = edit.QuerySelectorAll("tr[data-ally]").ToList();
        var quietRow = rows.Single(r => r.TextContent.Contains(notAsked, StringComparison.Ordinal));
        Assert.Null(quietRow.QuerySelector("form"));
        var rosaId = rows.Single(r => r.TextContent.Contains(featured, StringComparison.Ordinal)).GetAttribute("data-ally");
        var approved = await staff.SubmitAsync($"/staff/pledges/{id}", new Dictionary<string, string>(), $"form[action*='handler=Feature'][action*='allyId={rosaId}']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var home = await visitor.GetDocumentAsync("/");
        var ally = Assert.Single(home.QuerySelectorAll(".ally"), a => a.TextContent.Contains(city, StringComparison.Ordinal));
        Assert.Equal($"Rosa, {city}", ally.QuerySelector(".ally__who")!.TextContent);
        Assert.Equal("Due process for all", ally.QuerySelector("blockquote")!.TextContent);
        var homeHtml = await visitor.GetStringAsync("/");
        Assert.DoesNotContain("Lastname-Private", homeHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(featured, homeHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Not for the home page", homeHtml, StringComparison.Ordinal);

        // Asking the service to feature someone who did not ask is refused.
        var quietId = long.Parse(quietRow.GetAttribute("data-ally")!, System.Globalization.CultureInfo.InvariantCulture);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<PledgeService>().SetFeaturedAsync(id, quietId, true)).Succeeded);
        }

        await staff.SubmitAsync($"/staff/pledges/{id}", new Dictionary<string, string>(), $"form[action*='handler=Unfeature'][action*='allyId={rosaId}']");
        Assert.DoesNotContain(city, await visitor.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_create_publish_and_export_allies_as_csv_with_formulas_defused_and_others_may_not()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var slug = Slug("staff");
        var created = await staff.SubmitAsync("/staff/pledges", new Dictionary<string, string>
        {
            ["Pledge.Slug"] = slug,
            ["Pledge.TitleEn"] = "Welcome refugees",
            ["Pledge.TitleEs"] = "Demos la bienvenida",
            ["Pledge.TextEn"] = "I will welcome refugees.",
            ["Pledge.TextEs"] = "Daré la bienvenida.",
        });
        var editUrl = created.Location();
        Assert.Matches(@"^/staff/pledges/\d+$", editUrl);
        var id = int.Parse(editUrl[(editUrl.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var visitor = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/pledges/{slug}")).StatusCode);
        await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action*='handler=Publish']");
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/pledges/{slug}")).StatusCode);

        var (plain, formula) = (AllyEmail("plain"), AllyEmail("formula"));
        await TakePledgeAsync(app, visitor, slug, id, plain, "Zoë O'Brien", "San José", "Yes, with a comma", feature: true);
        await TakePledgeAsync(app, visitor, slug, id, formula, "=SUM(A1:A9)", "+Danger", "@cmd");

        var response = await staff.GetAsync($"/staff/pledges/{id}/allies.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"pledge-{slug}-allies.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Pledged (UTC),Name,E-mail,City,Message,Asked to be featured,Featured since (UTC),Language", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,Zoë O'Brien,{Regex.Escape(plain)},San José,""Yes, with a comma"",True,,en$", lines[1]);
        Assert.Contains($",\"'=SUM(A1:A9)\",{formula},\"'+Danger\",\"'@cmd\",False,,en", lines[2], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync($"/staff/pledges/{id}/allies.csv")).StatusCode);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var denied = await hotline.GetAsync($"/staff/pledges/{id}/allies.csv");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.DoesNotContain(plain, await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var path in new[] { $"/pledges/{slug}", $"/pledges/{slug}/thanks", "/" })
        {
            Assert.DoesNotContain(plain, await visitor.GetStringAsync(path), StringComparison.OrdinalIgnoreCase);
        }
    }

    private Task<int> CounterAsync(int pledgeId) =>
        app.WithDbAsync(db => db.Set<PledgeCounter>().AsNoTracking().Where(c => c.PledgeId == pledgeId).Select(c => c.Allies).SingleAsync());
}

public sealed class PledgesOnSqlite(SqliteApp app) : PledgeTests(app), IClassFixture<SqliteApp>;

public sealed class PledgesOnPostgres(PostgresApp app) : PledgeTests(app), IClassFixture<PostgresApp>;
