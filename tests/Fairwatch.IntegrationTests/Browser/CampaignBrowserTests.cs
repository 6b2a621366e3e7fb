using Fairwatch.Accounts;
using Fairwatch.Campaigns;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class CampaignBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/campaigns/due-process", "en")]
    [InlineData("/campaigns/due-process", "es")]
    [InlineData("/campaigns", "en")]
    [InlineData("/campaigns", "es")]
    [InlineData("/campaigns/due-process/updates", "en")]
    [InlineData("/campaigns/due-process/updates", "es")]
    [InlineData("/films?campaign=due-process", "en")]
    [InlineData("/films?campaign=due-process", "es")]
    public async Task Axe_finds_no_violations_on_campaign_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(path);

        Assert.NotEqual("Page not found", await page.Locator("h1").InnerTextAsync());
        await ShellBrowserTests.AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await ShellBrowserTests.SaveScreenshotAsync(page, $"campaign-{path.Replace('/', '-')}-{language}");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_campaign_pages()
    {
        var email = $"axe-campaigns-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        var page = await browser.NewPageAsync();
        await ShellBrowserTests.SignInAsync(page, email);
        var id = await browser.App.WithDbAsync(db => Task.FromResult(db.Set<Campaign>().Single(c => c.Slug == "due-process").Id));

        foreach (var path in new[] { "/staff/campaigns", $"/staff/campaigns/{id}" })
        {
            await page.GotoAsync(path);
            await ShellBrowserTests.AssertAccessibleAsync(page, path);
        }

        await page.ClickAsync("form[action$='handler=AddStep'] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await ShellBrowserTests.AssertAccessibleAsync(page, "campaign edit page with errors");
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-campaign-edit");
    }
}
