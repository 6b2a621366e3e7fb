using Fairwatch.Accounts;
using Fairwatch.Actions;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class ActionBrowserTests(BrowserFixture browser)
{
    private const string Letter = "/act/" + ActionDemo.LetterSlug;
    private const string Call = "/act/" + ActionDemo.CallSlug;
    private const string Social = "/act/" + ActionDemo.SocialSlug;

    [Theory]
    [InlineData(Letter, "en")]
    [InlineData(Letter, "es")]
    [InlineData(Letter + "?zip=60614", "en")]
    [InlineData(Letter + "?zip=60614", "es")]
    [InlineData(Letter + "?zip=94110", "en")]
    [InlineData(Letter + "?zip=94110", "es")]
    [InlineData(Letter + "?zip=99999", "en")]
    [InlineData(Letter + "?zip=99999", "es")]
    [InlineData(Letter + "?sent=3", "en")]
    [InlineData(Letter + "?sent=3", "es")]
    [InlineData(Call, "en")]
    [InlineData(Call + "?zip=94110", "en")]
    [InlineData(Call + "?zip=94110", "es")]
    [InlineData(Call + "?zip=20001&called=N000147", "en")]
    [InlineData(Call + "?zip=20001&called=N000147", "es")]
    [InlineData(Social, "es")]
    [InlineData(Social + "?zip=94110", "en")]
    [InlineData(Social + "?zip=94110", "es")]
    [InlineData(Social + "?zip=20001&posted=true", "en")]
    [InlineData(Social + "?zip=20001&posted=true", "es")]
    public async Task Axe_finds_no_violations_on_the_action_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await ShellBrowserTests.AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await ShellBrowserTests.SaveScreenshotAsync(page, $"action{path.Replace('/', '-').Replace('?', '-').Replace('&', '-').Replace('=', '-')}-{language}");
    }

    [Theory]
    [InlineData("en", "Enter your first name.")]
    [InlineData("es", "Escriba su nombre.")]
    public async Task Axe_finds_no_violations_on_the_letter_form_showing_errors(string language, string message)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(Letter + "?zip=94110");
        await page.FillAsync("#Letter_City", "Kept while the errors show");

        await page.ClickAsync("form[action*='handler=Letter'] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.Contains(message, await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Kept while the errors show", await page.InputValueAsync("#Letter_City"));
        // The trap is hidden by the style sheet, which may still be loading when the error summary appears.
        await page.WaitForLoadStateAsync();
        Assert.False(await page.Locator("#Letter_Website").IsVisibleAsync());
        await ShellBrowserTests.AssertAccessibleAsync(page, $"letter form with errors ({language})");
    }

    [Fact]
    public async Task A_supporter_with_a_split_zip_code_writes_to_congress_without_javascript()
    {
        var email = $"browser-{Guid.NewGuid():N}@example.org";
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/campaigns/due-process");
        await page.ClickAsync($".ladder__link[href='{Letter}']");

        await page.FillAsync("#zip", "60614");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("#choose-representative");
        await page.CheckAsync("input[name=district][value='IL-5']");
        await page.ClickAsync("#choose-heading ~ form button[type=submit]");
        await page.WaitForSelectorAsync("#recipients-heading");
        Assert.Equal(3, await page.Locator("#recipients-heading + ul .lawmaker").CountAsync());

        await page.SelectOptionAsync("#Letter_Prefix", "Dr.");
        await page.FillAsync("#Letter_FirstName", "Browser");
        await page.FillAsync("#Letter_LastName", "Supporter");
        await page.FillAsync("#Letter_Email", email);
        await page.FillAsync("#Letter_Address1", "2430 N Cannon Dr");
        await page.FillAsync("#Letter_City", "Chicago");
        await page.FillAsync("#Letter_Body", (await page.InputValueAsync("#Letter_Body")) + "\n\nI live in Lincoln Park and this matters to my neighbours.");
        // A person takes a few seconds; the form refuses anything quicker.
        await page.WaitForTimeoutAsync(5_000);
        await page.ClickAsync("form[action*='handler=Letter'] button[type=submit]");

        await page.WaitForSelectorAsync("#letter-sent");
        Assert.Contains("It goes to 3 offices.", await page.Locator("#letter-sent").InnerTextAsync(), StringComparison.Ordinal);
        var deliveries = await browser.App.WithDbAsync(db => db.Set<Delivery>().AsNoTracking()
            .Where(d => db.Set<Fairwatch.Actions.Letter>().Any(l => l.Id == d.LetterId && l.Email == email))
            .OrderBy(d => d.TargetName).ToListAsync());
        Assert.Equal(["Mike Quigley", "Richard J. Durbin", "Tammy Duckworth"], deliveries.Select(d => d.TargetName));
        var house = deliveries.Single(d => d.Channel == DeliveryChannel.Cwc);
        Assert.Equal(("HIL05", DeliveryStatus.Queued), (house.OfficeCode, house.Status));
        Assert.Contains("<ConstituentMessage>", house.CwcDocument, StringComparison.Ordinal);
        Assert.Contains("<Prefix>Dr.</Prefix>", house.CwcDocument, StringComparison.Ordinal);
        // Axe needs JavaScript; the same pages are checked with it in the theory above.
        Assert.Empty(browser.RequestsElsewhere(page));
    }

    [Fact]
    public async Task The_call_page_counts_a_call_and_the_social_page_contacts_nobody_until_the_click()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Call + "?zip=94110");
        await page.CheckAsync("#Reply_Outcome_P000197_LeftVoicemail");
        await page.WaitForTimeoutAsync(5_000);
        await page.ClickAsync("#call-P000197 button[type=submit]");
        await page.WaitForSelectorAsync("#call-counted");
        Assert.Contains("Nancy Pelosi", await page.Locator("#call-counted").InnerTextAsync(), StringComparison.Ordinal);
        await ShellBrowserTests.AssertAccessibleAsync(page, "call counted");

        var social = await browser.NewPageAsync();
        await social.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl });
        await social.GotoAsync(Social + "?zip=94110");
        await social.Locator(".share__post").First.Locator("button").ClickAsync();
        Assert.Contains("@SpeakerPelosi", await social.EvaluateAsync<string>("navigator.clipboard.readText()"), StringComparison.Ordinal);
        Assert.Empty(browser.RequestsElsewhere(social));
        await ShellBrowserTests.AssertAccessibleAsync(social, "social page after copying");

        // Posting goes through Fairwatch first (it counts, then redirects to X; the HTTP tests follow that answer).
        var form = social.Locator("#share-x");
        Assert.Equal("post", await form.GetAttributeAsync("method"));
        Assert.StartsWith($"{Social}?handler=Share", await form.GetAttributeAsync("action"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_action_pages()
    {
        var email = $"axe-actions-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await ShellBrowserTests.SignInAsync(page, email);
        var ids = await browser.App.WithDbAsync(db => db.Set<CampaignAction>().Where(a => a.Slug.StartsWith("due-process-")).Select(a => a.Id).ToListAsync());
        var delivery = await browser.App.WithDbAsync(db => db.Set<Delivery>().Select(d => (int?)d.Id).FirstOrDefaultAsync());

        var paths = new List<string> { "/staff/actions", "/staff/actions/deliveries", "/staff/actions/batches" };
        paths.AddRange(ids.SelectMany(id => new[] { $"/staff/actions/{id}", $"/staff/actions/{id}/stats" }));
        if (delivery is { } deliveryId)
        {
            paths.Add($"/staff/actions/deliveries/{deliveryId}");
        }

        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            await ShellBrowserTests.AssertAccessibleAsync(page, path);
        }

        await page.GotoAsync($"/staff/actions/{ids[0]}");
        await page.FillAsync("#Action_TitleEn", "");
        await page.ClickAsync("form[action$='handler=Save'] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await ShellBrowserTests.AssertAccessibleAsync(page, "action edit page with errors");
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-action-edit");
    }
}
