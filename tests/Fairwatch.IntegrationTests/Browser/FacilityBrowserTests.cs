using Fairwatch.Accounts;
using Fairwatch.Detention;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Browser.ShellBrowserTests;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FacilityBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/facilities", "en")]
    [InlineData("/facilities", "es")]
    [InlineData("/facilities?state=TX&type=IGSA", "en")]
    [InlineData("/facilities?q=no-such-place", "es")]
    [InlineData("/facilities/adams-county-correctional-center", "en")]
    [InlineData("/facilities/adams-county-correctional-center", "es")]
    [InlineData("/facilities/northwest-ice-processsing-center", "en")]
    [InlineData("/facilities/northwest-ice-processsing-center", "es")]
    public async Task Axe_finds_no_violations_on_the_facility_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await SaveScreenshotAsync(page, $"facilities{path.Replace('/', '-').Replace('?', '-').Replace('&', '-')}-{language}");
    }

    [Fact]
    public async Task Without_javascript_a_visitor_finds_a_facility_by_state_from_the_menu()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.ClickAsync(".site-nav a[href='/facilities']");
        await page.WaitForURLAsync("**/facilities");

        await page.SelectOptionAsync("#filter-state", "MS");
        await page.ClickAsync(".facility-filters button[type=submit]");
        await page.WaitForURLAsync("**/facilities?*state=MS*");
        await page.ClickAsync(".facility-table a[href='/facilities/adams-county-correctional-center']");
        await page.WaitForURLAsync("**/facilities/adams-county-correctional-center");

        Assert.Equal("ADAMS COUNTY CORRECTIONAL CENTER", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(browser.RequestsElsewhere(page));
    }

    [Fact]
    public async Task The_map_asks_nothing_of_the_tile_server_until_the_visitor_presses_the_button()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/facilities?state=TX");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        Assert.Empty(browser.RequestsElsewhere(page));
        Assert.True(await page.Locator("[data-show-map]").IsVisibleAsync());
        await AssertAccessibleAsync(page, "facility list with the map button");

        await page.ClickAsync("[data-show-map]");
        await page.WaitForSelectorAsync(".leaflet-marker-icon");
        // Markers close together are grouped; the groups' numbers add up to every Texas facility with a place.
        var texas = await browser.App.WithDbAsync(db => db.Set<Facility>().CountAsync(f => f.Region == "TX" && f.Latitude != null));
        var grouped = await page.Locator(".marker-cluster span").AllInnerTextsAsync();
        var single = await page.Locator(".leaflet-marker-icon:not(.marker-cluster)").CountAsync();
        Assert.Equal(texas, grouped.Sum(int.Parse) + single);
        await page.WaitForTimeoutAsync(500);
        // The tiles were asked for only now, and only from the configured server (the test browser refuses them).
        Assert.NotEmpty(browser.RequestsElsewhere(page));
        Assert.All(browser.RequestsElsewhere(page), url => Assert.StartsWith("https://tile.openstreetmap.org/", url, StringComparison.Ordinal));
        await AssertAccessibleAsync(page, "facility map");

        await page.Locator(".leaflet-marker-icon:not(.marker-cluster)").First.ClickAsync();
        await page.WaitForSelectorAsync(".leaflet-popup a[href^='/facilities/']");
    }

    [Fact]
    public async Task Without_javascript_there_is_no_map_button_and_no_request_elsewhere()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/facilities");
        Assert.False(await page.Locator("[data-show-map]").IsVisibleAsync());
        Assert.Equal(50, await page.Locator(".facility-table tbody tr").CountAsync());
        Assert.Empty(browser.RequestsElsewhere(page));
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_facility_pages()
    {
        var email = $"axe-facilities-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.VisitCoordinator);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);
        var id = await browser.App.WithDbAsync(db => db.Set<Facility>().Where(f => f.Slug == "adams-county-correctional-center").Select(f => f.Id).SingleAsync());

        foreach (var path in new[] { "/staff/facilities", "/staff/facilities?q=adams", $"/staff/facilities/edit/{id}", "/staff/facilities/edit" })
        {
            await page.GotoAsync(path);
            await AssertAccessibleAsync(page, path);
        }

        await page.FillAsync("#Facility_Country", "XX");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(page, "facility form with errors");
        await SaveScreenshotAsync(page, "staff-facility-edit");
    }
}
