using Fairwatch.Accounts;
using static Fairwatch.IntegrationTests.Browser.ShellBrowserTests;

namespace Fairwatch.IntegrationTests.Browser;

/// <summary>The volunteer application and the coordinators' pipeline, in a real browser, with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VolunteerBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task A_person_applies_without_javascript_and_axe_finds_nothing_on_the_form_the_errors_or_the_thanks(string language)
    {
        var checker = await browser.NewPageAsync(language: language);
        await checker.GotoAsync("/volunteer");
        await AssertAccessibleAsync(checker, $"/volunteer ({language})");
        await checker.ClickAsync("main form button[type=submit]");
        await checker.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(checker, $"/volunteer with errors ({language})");

        var page = await browser.NewPageAsync(javaScript: false, language: language);
        await page.GotoAsync("/volunteer");
        await page.FillAsync("#Application_Name", "Rosa Visitor");
        await page.FillAsync("#Application_Email", $"browser-visitor-{Guid.NewGuid():N}@example.org");
        await page.FillAsync("#Application_Languages", "Spanish");
        await page.FillAsync("#Application_Availability", "Saturdays");
        await page.FillAsync("#Application_Area", "Tacoma");
        await page.CheckAsync("#Application_Consent");
        await page.WaitForTimeoutAsync(5_000);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/volunteer/thanks**");
        Assert.Empty(browser.RequestsElsewhere(page));

        await checker.GotoAsync("/volunteer/thanks");
        await AssertAccessibleAsync(checker, $"/volunteer/thanks ({language})");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_coordinators_pages()
    {
        var email = $"axe-volunteers-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.VisitCoordinator);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);

        await page.GotoAsync("/staff/volunteers");
        await AssertAccessibleAsync(page, "/staff/volunteers");
        // The demo site's applicants.
        await page.Locator(".applicants tbody a").First.ClickAsync();
        await page.WaitForSelectorAsync(".case-facts");
        await AssertAccessibleAsync(page, "an applicant");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_visit_report_pages()
    {
        var email = $"axe-visitor-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.Volunteer);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await SignInAsync(page, email);

        await page.GotoAsync("/staff/visits");
        await AssertAccessibleAsync(page, "/staff/visits");
        await page.ClickAsync("a[href='/staff/visits/report']");
        await page.WaitForSelectorAsync("#Visit_FacilityId");
        await AssertAccessibleAsync(page, "/staff/visits/report");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(page, "visit report with errors");

        await page.SelectOptionAsync("#Visit_FacilityId", new Microsoft.Playwright.SelectOptionValue { Index = 1 });
        await page.FillAsync("#Visit_PeopleVisited", "3");
        await page.CheckAsync("input[name='Visit.Conditions[MedicalCare]'][value=Concern]");
        await page.FillAsync("#Visit_FollowUp", "Needs a lawyer.");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("[data-follow-up]");
        await AssertAccessibleAsync(page, "a filed visit report");
    }
}
