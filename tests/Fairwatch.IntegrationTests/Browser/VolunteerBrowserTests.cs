using Fairwatch.Accounts;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task A_volunteer_signs_up_for_a_visit_without_javascript_and_axe_finds_nothing_on_the_visit_and_group_pages()
    {
        // The demo site's group, with its two visits to come; a new volunteer joins it.
        var email = $"axe-slots-{Guid.NewGuid():N}@example.org";
        var volunteer = await browser.App.CreateStaffAsync(email, StaffRoles.Volunteer);
        var group = await browser.App.WithDbAsync(async db =>
        {
            var demo = await db.Set<Fairwatch.Visits.VisitGroup>().OrderBy(g => g.Id).FirstAsync();
            db.Add(new Fairwatch.Visits.GroupMember { GroupId = demo.Id, UserId = volunteer.Id, JoinedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return demo.Id;
        });
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync(javaScript: false);
        await SignInAsync(page, email);
        var checker = await browser.NewPageAsync();
        await SignInAsync(checker, email);

        await page.GotoAsync("/staff/slots");
        await page.Locator(".visit-slots tbody a").First.ClickAsync();
        await page.WaitForSelectorAsync("form[action*='handler=SignUp']");
        await checker.GotoAsync("/staff/slots");
        await AssertAccessibleAsync(checker, "/staff/slots");
        await checker.GotoAsync(page.Url);
        await AssertAccessibleAsync(checker, "a visit");
        await page.ClickAsync("form[action*='handler=SignUp'] button");
        await page.WaitForSelectorAsync("[data-signed-up]");
        await checker.GotoAsync(page.Url);
        await AssertAccessibleAsync(checker, "a visit signed up for");

        var coordinatorEmail = $"axe-groups-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(coordinatorEmail, StaffRoles.VisitCoordinator);
        var coordinator = await browser.NewPageAsync();
        await SignInAsync(coordinator, coordinatorEmail);
        await coordinator.GotoAsync("/staff/groups");
        await AssertAccessibleAsync(coordinator, "/staff/groups");
        await coordinator.GotoAsync($"/staff/groups/{group}");
        await AssertAccessibleAsync(coordinator, "a visitation group");
        await coordinator.ClickAsync("form[action*='handler=Publish'] button[type=submit]");
        await coordinator.WaitForSelectorAsync(".error-summary");
        await AssertAccessibleAsync(coordinator, "a visit with mistakes");
        await coordinator.GotoAsync(page.Url);
        Assert.Contains(email.Split('@')[0], await coordinator.InnerTextAsync("[data-volunteers]"), StringComparison.Ordinal);
    }
}
