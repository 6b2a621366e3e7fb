using Fairwatch.Pledges;
using static Fairwatch.IntegrationTests.Browser.ShellBrowserTests;

namespace Fairwatch.IntegrationTests.Browser;

/// <summary>Pledges, the photo wall and sign-up for updates, as supporters meet them, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SupporterActionBrowserTests(BrowserFixture browser)
{
    private const string Pledge = "/pledges/" + PledgeDemo.Slug;

    [Theory]
    [InlineData(Pledge, "en")]
    [InlineData(Pledge, "es")]
    [InlineData(Pledge + "/thanks", "en")]
    [InlineData(Pledge + "/thanks?already=true", "es")]
    [InlineData("/campaigns/due-process/photos", "en")]
    [InlineData("/campaigns/due-process/photos", "es")]
    [InlineData("/campaigns/due-process/photos/send", "en")]
    [InlineData("/campaigns/due-process/photos/send", "es")]
    [InlineData("/campaigns/due-process/photos/thanks", "es")]
    [InlineData("/signup", "en")]
    [InlineData("/signup", "es")]
    [InlineData("/signup/due-process", "en")]
    [InlineData("/signup/sent", "es")]
    [InlineData("/", "en")]
    [InlineData("/", "es")]
    public async Task Axe_finds_no_violations_on_the_supporter_action_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await SaveScreenshotAsync(page, $"supporters{path.Replace('/', '-').Replace('?', '-').Replace('=', '-')}-{language}");
    }

    [Theory]
    [InlineData(Pledge, "en", "main form[method=post] button[type=submit]")]
    [InlineData(Pledge, "es", "main form[method=post] button[type=submit]")]
    [InlineData("/signup", "en", "main form[method=post] button[type=submit]")]
    [InlineData("/signup", "es", "main form[method=post] button[type=submit]")]
    [InlineData("/campaigns/due-process/photos/send", "en", "main form[method=post] button[type=submit]")]
    public async Task Axe_finds_no_violations_on_the_forms_showing_errors(string path, string language, string submit)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(path);

        await page.ClickAsync(submit);
        await page.WaitForSelectorAsync(".error-summary");

        await AssertAccessibleAsync(page, $"{path} with errors ({language})");
    }

    [Fact]
    public async Task The_home_page_shows_featured_allies_with_their_first_name_and_city_only()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        var html = await page.ContentAsync();
        Assert.NotEqual(0, await page.Locator(".ally, .allies li").CountAsync());
        Assert.DoesNotContain("@", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("example.org", html, StringComparison.Ordinal);
    }
}
