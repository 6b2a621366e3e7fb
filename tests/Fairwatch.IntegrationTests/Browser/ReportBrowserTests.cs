using Fairwatch.Accounts;
using Fairwatch.Cases;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Browser.ShellBrowserTests;

namespace Fairwatch.IntegrationTests.Browser;

/// <summary>The anonymous report pages and the case pages, in a real browser, with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/report", "en")]
    [InlineData("/report", "es")]
    [InlineData("/report/status", "en")]
    [InlineData("/report/status", "es")]
    public async Task Axe_finds_no_violations_on_the_report_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.NotNull(await page.QuerySelectorAsync(".quick-exit"));
        Assert.Empty(browser.RequestsElsewhere(page));
    }

    [Fact]
    public async Task A_reporter_sends_a_report_without_javascript_keeps_the_code_and_follows_it_up()
    {
        var page = await browser.NewPageAsync(javaScript: false, language: "es");
        await page.GotoAsync("/report?lang=es");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        Assert.Equal("Cuéntenos qué pasó.", (await page.Locator(".error-summary li").InnerTextAsync()).Trim());

        await page.FillAsync("#Report_Narrative", "Le negaron la insulina durante tres días.");
        await page.CheckAsync("#Report_Categories_MedicalNeglect");
        await page.WaitForTimeoutAsync(5_000);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("[data-receipt]");
        var code = (await page.Locator("[data-receipt]").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^[0-9]{16}$", code);
        Assert.Empty(browser.RequestsElsewhere(page));

        await page.ClickAsync("a[href='/report/status']");
        await page.FillAsync("#Receipt_Code", code);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".report-status");
        Assert.Equal(nameof(CaseStatus.New), await page.Locator("[data-status]").GetAttributeAsync("data-status"));
        await page.FillAsync("#Receipt_Text", "Ya le dieron la insulina, pero tarde.");
        await page.ClickAsync("form[action*='handler=Add'] button[type=submit]");
        await page.WaitForSelectorAsync(".notice--success");

        var stored = await browser.App.WithDbAsync(db => db.Set<CaseNote>().CountAsync(n => n.ByReporter));
        Assert.True(stored >= 1);
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_receipt_the_status_and_the_forms_with_errors()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/report");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(page, "report form with errors");

        await page.FillAsync("#Report_Narrative", "The guards took away our blankets.");
        await page.WaitForTimeoutAsync(5_000);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("[data-receipt]");
        await AssertAccessibleAsync(page, "receipt");
        var code = await page.Locator("[data-receipt]").InnerTextAsync();

        await page.GotoAsync("/report/status");
        await page.FillAsync("#Receipt_Code", "1111");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(page, "status with a wrong code");
        await page.FillAsync("#Receipt_Code", code);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".report-status");
        await AssertAccessibleAsync(page, "status of a report");
        Assert.Empty(browser.RequestsElsewhere(page));
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_case_pages()
    {
        var email = $"axe-cases-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.HotlineStaff);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);

        await page.GotoAsync("/staff/hotline/call");
        await AssertAccessibleAsync(page, "/staff/hotline/call");
        await page.FillAsync("#Call_ANumber", "123");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(page, "call intake with errors");

        await page.CheckAsync("#Call_Caller_Lawyer");
        await page.FillAsync("#Call_ANumber", "");
        await page.FillAsync("#Call_Narrative", "Client in solitary for 30 days.");
        await page.CheckAsync("#Call_Categories_SolitaryConfinement");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/staff/cases/*");
        await AssertAccessibleAsync(page, "a case");
        await page.ClickAsync("form[action*='handler=Move'] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(page, "a case with an error");

        await page.GotoAsync("/staff/cases");
        await AssertAccessibleAsync(page, "/staff/cases");
    }
}
