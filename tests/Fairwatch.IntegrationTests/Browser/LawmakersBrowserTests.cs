using Microsoft.Playwright;
using static Fairwatch.IntegrationTests.Browser.ShellBrowserTests;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LawmakersBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Without_javascript_the_form_finds_the_lawmakers_and_the_result_can_be_linked()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.ClickAsync(".site-nav a[href='/lawmakers']");
        await page.WaitForURLAsync("**/lawmakers");

        await page.FillAsync("#zip", "20001-1234");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/lawmakers?zip=20001-1234");

        Assert.Equal("Eleanor Holmes Norton", await page.Locator(".lawmaker h3").InnerTextAsync());
        Assert.Equal("tel:+12022258050", await page.Locator(".lawmaker a[href^='tel:']").First.GetAttributeAsync("href"));
        Assert.Empty(browser.RequestsElsewhere(page));
    }

    [Theory]
    [InlineData("en", "/lawmakers?zip=60614")]
    [InlineData("es", "/lawmakers?zip=60614")]
    [InlineData("en", "/lawmakers?zip=94541")]
    [InlineData("es", "/lawmakers?zip=30165")]
    [InlineData("en", "/lawmakers?zip=abc")]
    [InlineData("es", "/lawmakers?zip=99999")]
    [InlineData("en", "/lawmakers")]
    public async Task Axe_finds_no_accessibility_violations_with_results_showing(string language, string path)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(path);
        // Open every list of offices so that axe checks them too.
        await page.EvaluateAsync("document.querySelectorAll('details').forEach(d => d.open = true)");

        await AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        if (path.EndsWith("60614", StringComparison.Ordinal))
        {
            Assert.Equal(5, await page.Locator(".lawmaker").CountAsync());
            await SaveScreenshotAsync(page, $"lawmakers-split-{language}");
        }
    }

    [Fact]
    public async Task The_house_lookup_link_loads_nothing_until_it_is_clicked()
    {
        var page = await browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync("/lawmakers?zip=60614");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.All(requests, url => Assert.StartsWith(browser.BaseUrl, url, StringComparison.Ordinal));
        Assert.Equal("https://ziplook.house.gov/htbin/findrep_house", await page.Locator("#choose-representative a").GetAttributeAsync("href"));
    }
}
