using Fairwatch.Accounts;
using Fairwatch.Events;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EventBrowserTests(BrowserFixture browser)
{
    private const string InPerson = "/events/a-fair-hearing-chicago";
    private const string Online = "/events/the-mothers-line-online";
    private const string Past = "/events/alone-before-the-judge-los-angeles";

    [Theory]
    [InlineData("/events", "en")]
    [InlineData("/events", "es")]
    [InlineData(InPerson, "en")]
    [InlineData(InPerson, "es")]
    [InlineData(Online, "en")]
    [InlineData(Online, "es")]
    [InlineData(Past, "es")]
    [InlineData("/events/host", "en")]
    [InlineData("/events/host", "es")]
    public async Task Axe_finds_no_violations_on_event_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await ShellBrowserTests.AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await ShellBrowserTests.SaveScreenshotAsync(page, $"events{path.Replace('/', '-')}-{language}");
    }

    [Theory]
    [InlineData(InPerson, "en", "Enter your name.")]
    [InlineData(InPerson, "es", "Escriba su nombre.")]
    [InlineData("/events/host", "en", "Enter your name.")]
    [InlineData("/events/host", "es", "Escriba su nombre.")]
    public async Task Axe_finds_no_violations_on_the_forms_showing_errors(string path, string language, string message)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(path);
        await page.FillAsync("form.event-form input[type=email]", "kept@example.org");

        await page.ClickAsync("form.event-form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.Contains(message, await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("kept@example.org", await page.InputValueAsync("form.event-form input[type=email]"));
        // The trap is hidden by the style sheet, which may still be loading when the error summary appears.
        await page.WaitForLoadStateAsync();
        Assert.False(await page.Locator(".form-trap input").IsVisibleAsync());
        await ShellBrowserTests.AssertAccessibleAsync(page, $"{path} with errors ({language})");
    }

    [Fact]
    public async Task A_visitor_replies_in_a_real_browser_without_javascript_and_cancels_with_the_link_from_the_email()
    {
        var email = $"browser-{Guid.NewGuid():N}@example.org";
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/events");
        var placesBefore = await PlacesLeftAsync();

        await page.ClickAsync($"a[href='{InPerson}']");
        await page.FillAsync("#Rsvp_Name", "Browser Guest");
        await page.FillAsync("#Rsvp_Email", email);
        await page.SelectOptionAsync("#Rsvp_PartySize", "2");
        // A person takes a few seconds; the form refuses anything quicker.
        await page.WaitForTimeoutAsync(4_000);
        await page.ClickAsync("form.event-form button[type=submit]");

        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("Your place is confirmed.", await page.Locator(".notice--success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("?reply=confirmed#reply", HtmlForms.WithoutShareCode(page.Url), StringComparison.Ordinal);
        // axe is a script, so it runs in a second page that has JavaScript.
        var checker = await browser.NewPageAsync();
        await checker.GotoAsync(page.Url);
        await ShellBrowserTests.AssertAccessibleAsync(checker, "event page after replying");
        Assert.Equal(placesBefore - 2, await PlacesLeftAsync());
        await page.GotoAsync("/events");
        Assert.Contains($"{placesBefore - 2} of 60 places left", await page.Locator($".event-card:has(a[href='{InPerson}'])").InnerTextAsync(), StringComparison.Ordinal);

        var token = await browser.App.WithDbAsync(db => db.Set<Rsvp>().Where(r => r.Email == email).Select(r => r.Token).SingleAsync());
        await checker.GotoAsync($"/events/replies/{token}");
        await ShellBrowserTests.AssertAccessibleAsync(checker, "reply page");
        await page.GotoAsync($"/events/replies/{token}");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("Your reply is cancelled.", await page.Locator(".notice--success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(placesBefore, await PlacesLeftAsync());
        await checker.GotoAsync(page.Url);
        await ShellBrowserTests.AssertAccessibleAsync(checker, "reply page after cancelling");
        await ShellBrowserTests.SaveScreenshotAsync(checker, "events-reply-cancelled");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_event_pages()
    {
        var email = $"axe-events-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await ShellBrowserTests.SignInAsync(page, email);
        var eventId = await browser.App.WithDbAsync(db => db.Set<Event>().Where(e => e.Slug == "a-fair-hearing-chicago").Select(e => e.Id).SingleAsync());
        var requestId = await browser.App.WithDbAsync(db => db.Set<HostRequest>().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());

        foreach (var path in new[]
        {
            "/staff/events", "/staff/events/new", $"/staff/events/new?fromRequest={requestId}", $"/staff/events/{eventId}",
            $"/staff/events/{eventId}/preview", $"/staff/events/{eventId}/preview?lang=es", $"/staff/events/{eventId}/replies",
            "/staff/events/requests", $"/staff/events/requests/{requestId}",
        })
        {
            await page.GotoAsync(path);
            await ShellBrowserTests.AssertAccessibleAsync(page, path);
        }

        await page.GotoAsync($"/staff/events/{eventId}/replies");
        Assert.True(await page.Locator("#confirmed tbody tr").CountAsync() >= 3);
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-event-replies");

        await page.GotoAsync("/staff/events/new");
        await page.ClickAsync("form.form--wide button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await ShellBrowserTests.AssertAccessibleAsync(page, "new event form with errors");
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-event-new-errors");
    }

    private Task<int> PlacesLeftAsync() => browser.App.WithDbAsync(db =>
        db.Set<Event>().Where(e => e.Slug == "a-fair-hearing-chicago").Select(e => e.Capacity - e.ConfirmedPlaces).SingleAsync());
}
