using Fairwatch.Accounts;
using Fairwatch.Blog;
using Fairwatch.Comments;
using Fairwatch.Contact;
using Fairwatch.Press;
using Fairwatch.Videos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Fairwatch.IntegrationTests.Browser;

/// <summary>The press room, "get the film", contact, search and film comments in a real browser, with axe, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OutreachBrowserTests(BrowserFixture browser)
{
    private const string Film = "/films/" + FilmOutreachDemo.FilmSlug;
    private const string Release = "/press/screening-tour-40-cities";

    [Theory]
    [InlineData("/press", "en")]
    [InlineData("/press", "es")]
    [InlineData(Release, "en")]
    [InlineData(Release, "es")]
    [InlineData("/get-the-film", "en")]
    [InlineData("/get-the-film", "es")]
    [InlineData("/contact", "en")]
    [InlineData("/contact", "es")]
    [InlineData("/search?q=detention", "en")]
    [InlineData("/search?q=detencion", "es")]
    [InlineData("/search?q=nothing-is-called-this", "en")]
    [InlineData(Film, "en")]
    [InlineData(Film, "es")]
    [InlineData(Film + "/comment", "en")]
    [InlineData(Film + "/comment", "es")]
    public async Task Axe_finds_no_violations_and_nothing_is_loaded_from_elsewhere(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await ShellBrowserTests.AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await ShellBrowserTests.SaveScreenshotAsync(page, $"outreach{path.Replace('/', '-').Replace('?', '-').Replace('=', '-')}-{language}");
    }

    [Fact]
    public async Task The_pages_show_what_they_promise()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/search?q=detention");
        Assert.True(await page.Locator(".search-result").CountAsync() > 3);
        Assert.True(await page.Locator(".search-result mark").CountAsync() > 0);

        await page.GotoAsync("/press");
        Assert.Equal(2, await page.Locator(".press-list__item").CountAsync());
        Assert.Equal(4, await page.Locator(".coverage__item").CountAsync());
        Assert.Equal(2, await page.Locator(".kit__item").CountAsync());
        Assert.True(await page.Locator(".kit__preview").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1200"));

        await page.GotoAsync(Film);
        Assert.True(await page.Locator(".player img.poster__image").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1280"));
        Assert.Equal(4, await page.Locator(".film__offers .offer").CountAsync());
        Assert.Equal(2, await page.Locator(".comments .comment").CountAsync());
    }

    [Theory]
    [InlineData("en", "Choose what your message is about.")]
    [InlineData("es", "Elija de qué trata su mensaje.")]
    public async Task Axe_finds_no_violations_on_the_contact_form_showing_errors(string language, string message)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync("/contact");
        await page.FillAsync("#Contact_Message", "Kept while the errors show");

        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.Contains(message, await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Kept while the errors show", await page.InputValueAsync("#Contact_Message"));
        // The trap is hidden by the style sheet, which may still be loading when the error summary appears.
        await page.WaitForLoadStateAsync();
        Assert.False(await page.Locator("#Contact_Homepage").IsVisibleAsync());
        await ShellBrowserTests.AssertAccessibleAsync(page, $"contact form with errors ({language})");
        await ShellBrowserTests.SaveScreenshotAsync(page, $"contact-errors-{language}");
    }

    [Fact]
    public async Task A_visitor_writes_from_the_press_page_without_javascript_and_is_thanked()
    {
        var email = $"reporter-{Guid.NewGuid():N}@example.org";
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/press");
        await page.ClickAsync("main a[href='/contact?topic=press']");
        Assert.True(await page.IsCheckedAsync("#Contact_Topic_Press"));
        await page.FillAsync("#Contact_Name", "Browser Reporter");
        await page.FillAsync("#Contact_Email", email);
        await page.FillAsync("#Contact_Message", "Could I interview someone from the campaign?");
        // A person takes a few seconds; the form refuses anything quicker.
        await page.WaitForTimeoutAsync(5_000);

        await page.ClickAsync("main button[type=submit]");

        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("on its way to us", await page.Locator(".notice--success").InnerTextAsync(), StringComparison.Ordinal);
        var message = await browser.App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ReplyToAddress == email));
        Assert.Equal(ContactService.OutboxKind, message.Kind);
        Assert.Contains("(Press)", message.Subject, StringComparison.Ordinal);

        // axe runs in the page, so the thank-you page is checked in a browser with JavaScript.
        var withScript = await browser.NewPageAsync(language: "es");
        await withScript.GotoAsync(page.Url);
        Assert.Contains("Gracias", await withScript.Locator(".notice--success").InnerTextAsync(), StringComparison.Ordinal);
        await ShellBrowserTests.AssertAccessibleAsync(withScript, "contact sent (es)");
    }

    [Fact]
    public async Task The_search_box_in_the_header_works_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false, language: "es");
        await page.GotoAsync("/");

        await page.FillAsync("#site-search-q", "ASILO");
        await page.PressAsync("#site-search-q", "Enter");

        await page.WaitForURLAsync("**/search?q=ASILO");
        Assert.Equal("ASILO", await page.InputValueAsync("#search-q"));
        Assert.True(await page.Locator(".search-result").CountAsync() > 0);
        Assert.Contains("resultado", await page.Locator(".search-page__count").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_comments_on_a_film_and_is_told_it_waits_for_moderation()
    {
        var email = $"film-viewer-{Guid.NewGuid():N}@example.org";
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Film);
        await page.ClickAsync(".comments-section a.button");
        await page.FillAsync("#Comment_Name", "Film Viewer");
        await page.FillAsync("#Comment_Email", email);
        await page.FillAsync("#Comment_Body", "Shown to our youth group.");
        await page.WaitForTimeoutAsync(5_000);

        await page.ClickAsync("main button[type=submit]");

        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("waiting for moderation", await page.Locator(".notice--success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.Email == email && c.TargetKind == CommentTargets.Film)));
        await ShellBrowserTests.AssertAccessibleAsync(page, "film comment sent");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_press_offer_poster_and_photo_pages()
    {
        var email = $"axe-press-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await ShellBrowserTests.SignInAsync(page, email);
        var ids = await browser.App.WithDbAsync(async db => new
        {
            Release = await db.Set<PressRelease>().Where(r => r.PdfFileId != null).Select(r => r.Id).FirstAsync(),
            Coverage = await db.Set<PressCoverage>().Select(c => c.Id).FirstAsync(),
            Kit = await db.Set<MediaKitItem>().Select(i => i.Id).FirstAsync(),
            Film = await db.Set<Film>().Where(f => f.Slug == FilmOutreachDemo.FilmSlug).Select(f => f.Id).SingleAsync(),
            Offer = await db.Set<FilmOffer>().Select(o => new { o.Id, o.FilmId }).FirstAsync(),
            Author = await db.Set<BlogAuthor>().Select(a => a.Id).FirstAsync(),
        });

        foreach (var path in new[]
        {
            "/staff/press", $"/staff/press/{ids.Release}", "/staff/press/coverage", $"/staff/press/coverage/{ids.Coverage}",
            "/staff/press/kit", $"/staff/press/kit/{ids.Kit}", $"/staff/films/{ids.Film}", $"/staff/films/{ids.Offer.FilmId}/offers",
            $"/staff/films/{ids.Offer.FilmId}/offers/{ids.Offer.Id}", $"/staff/blog/authors/{ids.Author}",
        })
        {
            await page.GotoAsync(path);
            await ShellBrowserTests.AssertAccessibleAsync(page, path);
        }

        await page.GotoAsync($"/staff/films/{ids.Film}/offers");
        await page.ClickAsync("form[action$='handler=Add'] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await ShellBrowserTests.AssertAccessibleAsync(page, "offers page with errors");
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-film-offers");

        await page.GotoAsync("/staff/press/kit");
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-press-kit");
    }
}
