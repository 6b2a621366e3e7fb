using System.Net.Http.Json;
using System.Net;
using Fairwatch.Accounts;
using Fairwatch.Detention;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Detention;

/// <summary>The facility registry: ICE's facilities imported, listed and filtered for everyone; facilities anywhere added by staff.</summary>
public abstract class FacilityTests(FairwatchFactory app) : IAsyncLifetime
{
    // Idempotent: every test of the class may import; the second import changes nothing.
    public Task InitializeAsync() => app.ImportBundledFacilitiesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Visitors_filter_the_list_by_state_area_and_type_and_page_through_it()
    {
        var visitor = app.CreateBrowserClient();

        var all = await visitor.GetDocumentAsync("/facilities");
        Assert.Equal(50, all.QuerySelectorAll(".facility-table tbody tr").Length);
        Assert.Contains("Page 1 of", all.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/facilities?page=2", all.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.NotNull(all.QuerySelector("#filter-state option[value=TX]"));

        var mississippi = await visitor.GetDocumentAsync("/facilities?state=MS");
        var rows = mississippi.QuerySelectorAll(".facility-table tbody tr");
        Assert.Equal("3 facilities", mississippi.QuerySelector("#results-heading")!.TextContent);
        Assert.All(rows, row => Assert.EndsWith(", MS", row.QuerySelectorAll("td")[0].TextContent, StringComparison.Ordinal));
        Assert.Contains(rows, row => row.QuerySelector("a")!.GetAttribute("href") == "/facilities/adams-county-correctional-center");
        Assert.Equal("selected", mississippi.QuerySelector("#filter-state option[value=MS]")!.GetAttribute("selected"));

        var combined = await visitor.GetDocumentAsync("/facilities?area=NOL&type=DIGSA&q=adams");
        Assert.Equal("ADAMS COUNTY CORRECTIONAL CENTER", Assert.Single(combined.QuerySelectorAll(".facility-table tbody th")).TextContent);

        var none = await visitor.GetDocumentAsync("/facilities?q=no-such-facility");
        Assert.Equal("No facility matches these filters.", none.QuerySelector(".facility-none")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/facilities?page=99")).StatusCode);
    }

    [Fact]
    public async Task A_facility_page_shows_its_published_facts_with_their_source_in_english_and_spanish()
    {
        var visitor = app.CreateBrowserClient();

        var page = await visitor.GetDocumentAsync("/facilities/adams-county-correctional-center");
        var facts = Facts(page);
        Assert.Equal("ADAMS COUNTY CORRECTIONAL CENTER", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("20 HOBO FORK RD., NATCHEZ, MS 39120", facts["Address"]);
        Assert.Equal("New Orleans (NOL)", facts["ICE area of responsibility"]);
        Assert.StartsWith("Dedicated intergovernmental service agreement", facts["Type"], StringComparison.Ordinal);
        Assert.Equal("County or city government", facts["Run by"]);
        Assert.Equal("Men", facts["Who is held there"]);
        Assert.Equal("2,191.3", facts["People held on an average day"]);
        Assert.Equal("36.9 days", facts["Average length of stay"]);
        Assert.Equal("1,436", facts["Beds paid for whether used or not"]);
        Assert.StartsWith("16 January 2025 · inspection type ODO · standard: PBNDS 2011 - 2016 Revisions · rating: Pass", facts["Last inspection"], StringComparison.Ordinal);
        Assert.Contains(FacilityImport.BundledSource, page.QuerySelector(".facility-source")!.TextContent, StringComparison.Ordinal);

        var scheduledSlug = await app.WithDbAsync(db => db.Set<Facility>().Where(f => f.LastInspectionNote == "Scheduled FY26").Select(f => f.Slug).FirstAsync());
        var scheduled = Facts(await visitor.GetDocumentAsync($"/facilities/{scheduledSlug}"));
        Assert.StartsWith("No date published (Scheduled FY26)", scheduled["Last inspection"], StringComparison.Ordinal);

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var enEspanol = await spanish.GetDocumentAsync("/facilities/adams-county-correctional-center");
        Assert.Equal("es", enEspanol.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hombres", Facts(enEspanol)["Quiénes están detenidos allí"]);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/facilities/no-such-facility")).StatusCode);
        Assert.Contains("<loc>http://localhost/facilities/adams-county-correctional-center</loc>", await visitor.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visit_coordinator_adds_a_facility_outside_the_united_states_and_bad_input_changes_nothing()
    {
        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        var name = $"Estación Migratoria {Guid.NewGuid():N}"[..40];
        var before = await app.WithDbAsync(db => db.Set<Facility>().CountAsync());

        var refused = await coordinator.SubmitAsync("/staff/facilities/edit", Fields(name, country: "XX", region: "Chiapas"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await HtmlForms.ParseAsync(refused);
        Assert.Contains("two-letter code", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(name, refusedPage.QuerySelector("#Facility_Name")!.GetAttribute("value"));
        var noState = await HtmlForms.ParseAsync(await coordinator.SubmitAsync("/staff/facilities/edit", Fields(name, country: "US", region: "")));
        Assert.Contains("two-letter state or territory code", noState.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Facility>().CountAsync()));

        var created = await coordinator.SubmitAsync("/staff/facilities/edit", Fields(name, country: "mx", region: "Chiapas"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var facility = await app.WithDbAsync(db => db.Set<Facility>().SingleAsync(f => f.Name == name));
        Assert.Equal(($"/staff/facilities/edit/{facility.Id}", "MX", "Chiapas", null), (created.Location(), facility.Country, facility.Region, facility.ImportKey));

        var visitor = app.CreateBrowserClient();
        var page = await visitor.GetDocumentAsync($"/facilities/{facility.Slug}");
        Assert.Equal("Mexico", Facts(page)["Country"]);
        Assert.Equal("Tapachula, Chiapas, Mexico", page.QuerySelector(".lead")!.TextContent);
        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        Assert.Equal("México", Facts(await spanish.GetDocumentAsync($"/facilities/{facility.Slug}"))["País"]);
        var mexico = await visitor.GetDocumentAsync("/facilities?country=MX");
        Assert.Equal(name, Assert.Single(mexico.QuerySelectorAll(".facility-table tbody th")).TextContent);

        var corrected = await coordinator.SubmitAsync($"/staff/facilities/edit/{facility.Id}", Fields(name, country: "MX", region: "Chiapas", population: "950"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal("950.0", Facts(await visitor.GetDocumentAsync($"/facilities/{facility.Slug}"))["People held on an average day"]);
    }

    [Fact]
    public async Task Only_administrators_visit_coordinators_and_hotline_staff_keep_the_registry()
    {
        foreach (var role in new[] { StaffRoles.Administrator, StaffRoles.VisitCoordinator, StaffRoles.HotlineStaff })
        {
            var staff = await app.SignedInStaffAsync(role);
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/facilities")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync("/staff/facilities/edit")).StatusCode);
        }

        foreach (var role in new[] { StaffRoles.CampaignStaff, StaffRoles.Volunteer, StaffRoles.DataAnalyst })
        {
            var staff = await app.SignedInStaffAsync(role);
            var denied = await staff.GetAsync("/staff/facilities");
            Assert.StartsWith("http://localhost/account/access-denied", denied.Location(), StringComparison.Ordinal);
            var post = await staff.PostAsync("/staff/facilities/edit", new FormUrlEncodedContent(Fields("Sneaky", "US", "TX")));
            Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        }

        Assert.False(await app.WithDbAsync(db => db.Set<Facility>().AnyAsync(f => f.Name == "Sneaky")));
    }

    [Fact]
    public async Task The_map_data_follows_the_lists_filters_and_only_the_list_page_may_show_tiles()
    {
        var visitor = app.CreateBrowserClient();
        var mississippi = await visitor.GetFromJsonAsync<List<MapPoint>>("/facilities/map.json?state=MS");
        Assert.Equal(3, mississippi!.Count);
        Assert.All(mississippi, p => Assert.InRange(p.Latitude, 30.0, 35.1));
        Assert.All(mississippi, p => Assert.InRange(p.Longitude, -91.7, -88.0));
        Assert.Contains(mississippi, p => p.Slug == "adams-county-correctional-center" && p.Place == "NATCHEZ, MS");
        Assert.Equal(214, (await visitor.GetFromJsonAsync<List<MapPoint>>("/facilities/map.json?country=US"))!.Count);

        var list = await visitor.GetAsync("/facilities?state=MS");
        var policy = list.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("img-src 'self' data: https://tile.openstreetmap.org;", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        var section = (await HtmlForms.ParseAsync(list)).QuerySelector("[data-facility-map]")!;
        Assert.True(section.HasAttribute("hidden"));
        Assert.Equal("/facilities/map.json?state=MS", section.GetAttribute("data-points"));
        Assert.DoesNotContain("tile.openstreetmap.org", (await visitor.GetAsync("/facilities/adams-county-correctional-center")).Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("tile.openstreetmap.org", (await visitor.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_put_a_facility_abroad_on_the_map_and_half_a_place_is_refused()
    {
        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        var name = $"Estación Siglo XXI {Guid.NewGuid():N}"[..30];
        var fields = Fields(name, country: "GT", region: "Guatemala");
        fields["Facility.Latitude"] = "14.9056";
        var half = await coordinator.SubmitAsync("/staff/facilities/edit", fields);
        Assert.Equal("Give both the latitude and the longitude, or neither.", (await HtmlForms.ParseAsync(half)).QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.False(await app.WithDbAsync(db => db.Set<Facility>().AnyAsync(f => f.Name == name)));

        fields["Facility.Longitude"] = "-92.2631";
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync("/staff/facilities/edit", fields)).StatusCode);
        var points = await app.CreateBrowserClient().GetFromJsonAsync<List<MapPoint>>("/facilities/map.json?country=GT");
        Assert.Contains(points!, p => p.Name == name && p.Latitude == 14.9056 && p.Longitude == -92.2631);
    }

    private sealed record MapPoint(string Name, string Slug, string? Place, double Latitude, double Longitude);

    private static Dictionary<string, string> Facts(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".facility-facts dt").ToDictionary(dt => dt.TextContent.Trim(), dt => string.Join(' ', dt.NextElementSibling!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    private static Dictionary<string, string> Fields(string name, string country, string region, string population = "") => new()
    {
        ["Facility.Name"] = name, ["Facility.City"] = "Tapachula", ["Facility.Region"] = region, ["Facility.Country"] = country,
        ["Facility.Type"] = "Estación migratoria", ["Facility.Operator"] = nameof(OperatorType.FederalGovernment),
        ["Facility.AverageDailyPopulation"] = population,
    };
}

public sealed class FacilitiesOnSqlite(SqliteApp app) : FacilityTests(app), IClassFixture<SqliteApp>;

public sealed class FacilitiesOnPostgres(PostgresApp app) : FacilityTests(app), IClassFixture<PostgresApp>;
