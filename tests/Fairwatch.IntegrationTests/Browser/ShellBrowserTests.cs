using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.Playwright;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ShellBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_home_page_renders_with_its_quick_exit_and_contacts_no_other_host()
    {
        var page = await browser.NewPageAsync();

        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        Assert.Equal("Fairwatch", await page.TitleAsync());
        Assert.True(await page.Locator("#quick-exit").IsVisibleAsync());
        Assert.Equal("Fairwatch", await page.Locator("h1").InnerTextAsync());
        var stylesApplied = await page.EvaluateAsync<string>("getComputedStyle(document.getElementById('quick-exit')).backgroundColor");
        Assert.Equal("rgb(180, 35, 24)", stylesApplied);
        Assert.Empty(browser.RequestsElsewhere(page));
        await SaveScreenshotAsync(page, "home");
    }

    [Fact]
    public async Task The_quick_exit_button_replaces_the_page_with_the_neutral_site()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/privacy");
        await page.GotoAsync("/safety");
        var historyBefore = await page.EvaluateAsync<int>("history.length");

        await page.ClickAsync("#quick-exit");
        await page.WaitForURLAsync(FairwatchFactory.NeutralSite);

        Assert.Equal("Weather", await page.TitleAsync());
        // location.replace: the exited page is not in the history, so Back cannot bring it back.
        Assert.Equal(historyBefore, await page.EvaluateAsync<int>("history.length"));
        await page.GoBackAsync();
        Assert.EndsWith("/privacy", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pressing_shift_three_times_exits_and_each_press_is_announced()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Shift");
        Assert.Contains("1 of 3", await page.Locator("#quick-exit-status").TextContentAsync(), StringComparison.Ordinal);

        // A fresh run of three presses. On a machine loaded by parallel builds a press can arrive
        // more than the one-second window after the one before, after which the count rightly
        // starts again; so a run that did not exit is tried again, a few times at most.
        for (var attempt = 1; ; attempt++)
        {
            await page.WaitForTimeoutAsync(1100);
            for (var press = 0; press < 3; press++)
            {
                await page.Keyboard.PressAsync("Shift");
            }

            try
            {
                await page.WaitForURLAsync(FairwatchFactory.NeutralSite, new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    [Fact]
    public async Task Shift_presses_spread_out_or_interrupted_do_not_exit()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("a");
        await page.Keyboard.PressAsync("Shift");
        await page.WaitForTimeoutAsync(300);

        Assert.EndsWith("/", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_javascript_the_quick_exit_is_a_plain_link_to_the_neutral_site()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/safety");

        await page.ClickAsync("#quick-exit");
        await page.WaitForURLAsync(FairwatchFactory.NeutralSite);
    }

    [Fact]
    public async Task The_language_switch_keeps_the_page_and_the_choice()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/safety");

        await page.ClickAsync(".language-switch");

        await page.WaitForURLAsync("**/safety");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Cómo navegar con más seguridad", await page.Locator("h1").InnerTextAsync());
        await page.GotoAsync("/");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Salir de esta página", await page.Locator("#quick-exit").InnerTextAsync(), StringComparison.Ordinal);
        await SaveScreenshotAsync(page, "home-es");
    }

    [Theory]
    [InlineData("/", "en")]
    [InlineData("/", "es")]
    [InlineData("/safety", "en")]
    [InlineData("/safety", "es")]
    [InlineData("/privacy", "en")]
    [InlineData("/privacy", "es")]
    [InlineData("/account/sign-in", "en")]
    [InlineData("/account/sign-in", "es")]
    [InlineData("/account/forgot-password", "en")]
    [InlineData("/account/forgot-password", "es")]
    [InlineData("/no-such-page", "en")]
    [InlineData("/no-such-page", "es")]
    public async Task Axe_finds_no_accessibility_violations_on_public_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(path);

        await AssertAccessibleAsync(page, $"{path} ({language})");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_a_form_showing_errors()
    {
        var page = await browser.NewPageAsync(language: "es");
        await page.GotoAsync("/account/sign-in");
        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        await AssertAccessibleAsync(page, "sign-in with errors (es)");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_pages()
    {
        var email = $"axe-admin-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.Administrator);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);

        foreach (var path in new[] { "/staff", "/staff/admin/users", "/staff/admin/security", "/staff/admin/outbox", "/staff/account/two-factor", "/staff/account/password" })
        {
            await page.GotoAsync(path);
            await AssertAccessibleAsync(page, path);
        }

        await SaveScreenshotAsync(page, "two-factor");
    }

    internal static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/sign-in");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", FairwatchFactory.StaffPassword);
        await page.ClickAsync("main button[type=submit]");
        if (FairwatchFactory.AuthenticatorKeys.TryGetValue(email, out var key))
        {
            await page.WaitForURLAsync("**/account/sign-in/two-factor**");
            await page.FillAsync("#Input_Code", Totp.Code(key));
            await page.ClickAsync("main button[type=submit]");
        }

        await page.WaitForSelectorAsync(".staff-nav, .error-summary", new() { Timeout = 60_000 });
        Assert.True(page.Url.EndsWith("/staff", StringComparison.Ordinal), $"After signing in the browser is at {page.Url}");
    }

    internal static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var problems = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => string.Join(" ", n.Target))));
        Assert.True(result.Violations.Length == 0, $"axe on {what}:\n" + string.Join("\n", problems));
    }

    internal static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
