using System.Net;
using System.Text;
using System.Xml.Linq;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Press;
using Fairwatch.Tests.Uploads;
using Fairwatch.Uploads;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Outreach.OutreachTestData;

namespace Fairwatch.IntegrationTests.Outreach;

/// <summary>The press room: staff write, publish and withdraw releases, list coverage and fill the media kit; /press shows it all.</summary>
public abstract class PressTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_release_is_written_as_a_draft_published_with_its_pdf_withdrawn_and_deleted()
    {
        var slug = Slug("court-watch");
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var visitor = app.CreateBrowserClient();
        // Read (and cache) the press page first, so the test also proves that publishing evicts it.
        Assert.DoesNotContain(slug, await visitor.GetStringAsync("/press"), StringComparison.Ordinal);

        var created = await staff.SubmitAsync("/staff/press", new Dictionary<string, string>
        {
            ["Release.TitleEn"] = "Court watch begins",
            ["Release.TitleEs"] = "Comienza la observación de audiencias",
            ["Release.Slug"] = slug,
            ["Release.ReleasedOn"] = DateTime.UtcNow.Date.AddDays(-1).ToString("yyyy-MM-dd"),
            ["Release.SummaryEn"] = "Volunteers will sit in every hearing.",
            ["Release.BodyEn"] = "**Today** volunteers begin to watch hearings.",
            ["Release.BodyEs"] = "**Hoy** comienzan las observaciones.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Location();
        Assert.Matches(@"^/staff/press/\d+$", edit);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/press/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await visitor.GetStringAsync("/press"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(edit, [], "form[action*='handler=Publish']")).StatusCode);

        var listed = (await visitor.GetDocumentAsync("/press")).QuerySelectorAll(".press-list__title a").Single(a => a.GetAttribute("href") == $"/press/{slug}");
        Assert.Equal("Court watch begins", listed.TextContent);
        var page = await visitor.GetDocumentAsync($"/press/{slug}");
        Assert.Equal("Court watch begins", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Today", page.QuerySelector(".release__body strong")!.TextContent);
        Assert.Null(page.QuerySelector(".release__pdf"));
        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await spanish.GetDocumentAsync($"/press/{slug}");
        Assert.Equal("Comienza la observación de audiencias", es.QuerySelector("h1")!.TextContent);
        Assert.Equal("Hoy", es.QuerySelector(".release__body strong")!.TextContent);
        // No Spanish summary: the English one, marked as English.
        Assert.Equal("en", es.QuerySelector(".hero__lead")!.GetAttribute("lang"));

        var attached = await staff.SubmitWithFilesAsync(edit, [], [("pdfUpload", "Court Watch.pdf", TestImages.Pdf())], "form[action$='handler=Pdf']");
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        var pdfLink = (await visitor.GetDocumentAsync($"/press/{slug}")).QuerySelector(".release__pdf a")!.GetAttribute("href")!;
        Assert.EndsWith("/court-watch.pdf", pdfLink, StringComparison.Ordinal);
        var pdf = await visitor.GetAsync(pdfLink);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", pdf.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(TestImages.Pdf(), await pdf.Content.ReadAsByteArrayAsync());

        var notPdf = await staff.SubmitWithFilesAsync(edit, [], [("pdfUpload", "release.pdf", Encoding.UTF8.GetBytes("<html>not a pdf</html>"))], "form[action$='handler=Pdf']");
        Assert.Contains("This file is not a PDF.", (await HtmlForms.ParseAsync(notPdf)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // A published release cannot be deleted by one click: the page offers no button, and the handler refuses.
        var editPage = await staff.GetDocumentAsync(edit);
        Assert.Null(editPage.QuerySelector("form[action*='handler=Delete']"));
        var token = editPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var refused = await staff.PostAsync(edit + "?handler=Delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Unpublish the release before you delete it.", (await HtmlForms.ParseAsync(refused)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/press/{slug}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(edit, [], "form[action*='handler=Unpublish']")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/press/{slug}")).StatusCode);
        Assert.DoesNotContain(slug, await visitor.GetStringAsync("/press"), StringComparison.Ordinal);

        Assert.Equal("/staff/press", (await staff.SubmitAsync(edit, [], "form[action*='handler=Delete']")).Location());
        Assert.DoesNotContain(slug, await staff.GetStringAsync("/staff/press"), StringComparison.Ordinal);
        // The PDF belonged to nothing else.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(pdfLink)).StatusCode);
    }

    [Fact]
    public async Task Every_mistake_in_a_release_is_explained_and_what_was_typed_is_kept()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var taken = await ReleaseAsync(app, "Taken", "Text.");

        var response = await staff.SubmitAsync("/staff/press", new Dictionary<string, string>
        {
            ["Release.TitleEn"] = "Second release",
            ["Release.Slug"] = taken.Slug,
            ["Release.ReleasedOn"] = "2026-03-01",
            ["Release.BodyEn"] = "Kept text",
        });

        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("Another press release already uses this address.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Release_Slug", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Kept text", page.QuerySelector("textarea[name='Release.BodyEn']")!.TextContent.Trim());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PressRelease>().CountAsync(r => r.Slug == taken.Slug)));
    }

    [Fact]
    public async Task Coverage_links_out_safely_in_the_language_of_its_headline_and_can_be_corrected_and_removed()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var headline = $"Una película lleva la lucha a las bibliotecas {Guid.NewGuid():N}";

        var mistakes = await staff.SubmitAsync("/staff/press/coverage", new Dictionary<string, string>
        {
            ["Coverage.Headline"] = headline,
            ["Coverage.PublishedOn"] = "2026-10-01",
            ["Coverage.Url"] = "javascript:alert(1)",
        }, "form[action$='handler=Add']");
        var errors = (await HtmlForms.ParseAsync(mistakes)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Enter the name of the outlet.", errors, StringComparison.Ordinal);
        Assert.Contains("Choose the language of the headline.", errors, StringComparison.Ordinal);
        Assert.Contains("The link must be a web address starting with https:// or http://.", errors, StringComparison.Ordinal);

        var added = await staff.SubmitAsync("/staff/press/coverage", new Dictionary<string, string>
        {
            ["Coverage.Outlet"] = "La Voz del Valle",
            ["Coverage.Headline"] = headline,
            ["Coverage.Language"] = "es",
            ["Coverage.PublishedOn"] = "2026-10-01",
            ["Coverage.Url"] = "https://lavoz.example/cultura/1",
        }, "form[action$='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var link = (await app.CreateBrowserClient().GetDocumentAsync("/press")).QuerySelectorAll(".coverage__headline a").Single(a => a.TextContent == headline);
        Assert.Equal("https://lavoz.example/cultura/1", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal("es", link.GetAttribute("lang"));
        Assert.Contains("La Voz del Valle", link.ParentElement!.ParentElement!.TextContent, StringComparison.Ordinal);

        var id = await app.WithDbAsync(db => db.Set<PressCoverage>().Where(c => c.Headline == headline).Select(c => c.Id).SingleAsync());
        var corrected = await staff.SubmitAsync($"/staff/press/coverage/{id}", new Dictionary<string, string>
        {
            ["Coverage.Outlet"] = "La Voz del Valle",
            ["Coverage.Headline"] = headline,
            ["Coverage.Language"] = "es",
            ["Coverage.PublishedOn"] = "2026-10-02",
            ["Coverage.Url"] = "https://lavoz.example/cultura/2",
        });
        Assert.Equal("/staff/press/coverage", corrected.Location());
        Assert.Contains("https://lavoz.example/cultura/2", await app.CreateBrowserClient().GetStringAsync("/press"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/staff/press/coverage", [], FormFor("Remove", "itemId", id))).StatusCode);
        Assert.DoesNotContain(headline, await app.CreateBrowserClient().GetStringAsync("/press"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_media_kit_takes_pictures_and_pdfs_checked_and_cleaned_and_removing_an_item_removes_its_file()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var title = $"Still from the film {Guid.NewGuid():N}";

        var refused = await staff.SubmitWithFilesAsync("/staff/press/kit", [new("Item.TitleEn", title)],
            [("Item.File", "still.jpg", Encoding.UTF8.GetBytes("<svg onload=alert(1)>"))], "form[action$='handler=Add']");
        var refusedPage = await HtmlForms.ParseAsync(refused);
        Assert.Contains("This file is not a PDF or a PNG, JPEG or WebP image.", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(title, refusedPage.QuerySelector("input[name='Item.TitleEn']")!.GetAttribute("value"));

        var added = await staff.SubmitWithFilesAsync("/staff/press/kit",
            [new("Item.TitleEn", title), new("Item.TitleEs", "Fotograma"), new("Item.DescriptionEn", "For articles.")],
            [("Item.File", "IMG_0042.JPG", TestImages.JpegWithExif(1920, 1080))], "form[action$='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await staff.SubmitWithFilesAsync("/staff/press/kit", [new("Item.TitleEn", title + " fact sheet")],
            [("Item.File", "facts.pdf", TestImages.Pdf())], "form[action$='handler=Add']");

        var press = await app.CreateBrowserClient().GetDocumentAsync("/press");
        var item = press.QuerySelectorAll(".kit__item").Single(i => i.QuerySelector(".kit__title")!.TextContent == title);
        Assert.Equal("(JPEG image, 1920 × 1080 pixels, 1 KB)", item.QuerySelector(".kit__format")!.TextContent);
        var download = item.QuerySelector("a[download]")!.GetAttribute("href")!;
        Assert.Equal(download, item.QuerySelector("img")!.GetAttribute("src"));
        var image = await app.CreateBrowserClient().GetAsync(download);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        var bytes = Encoding.Latin1.GetString(await image.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("GPS", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("Elm Street", bytes, StringComparison.Ordinal);
        Assert.Contains(press.QuerySelectorAll(".kit__item"), i => i.QuerySelector(".kit__format")!.TextContent == "(PDF, 1 KB)");

        var id = await app.WithDbAsync(db => db.Set<MediaKitItem>().Where(i => i.Title.En == title).Select(i => i.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync("/staff/press/kit", [], FormFor("Remove", "itemId", id))).StatusCode);
        Assert.DoesNotContain(title + "<", await app.CreateBrowserClient().GetStringAsync("/press"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync(download)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<StoredFile>().AnyAsync(f => f.FileName == "img-0042.jpg")));
    }

    [Fact]
    public async Task Only_campaign_staff_and_administrators_open_the_press_room()
    {
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);

        foreach (var path in new[] { "/staff/press", "/staff/press/coverage", "/staff/press/kit" })
        {
            Assert.StartsWith("http://localhost/account/access-denied", (await volunteer.GetAsync(path)).Location(), StringComparison.Ordinal);
            Assert.StartsWith("http://localhost/account/access-denied", (await hotline.GetAsync(path)).Location(), StringComparison.Ordinal);
        }

        Assert.Contains("/staff/press", await (await app.SignedInStaffAsync(StaffRoles.CampaignStaff)).GetStringAsync("/staff"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_the_new_pages_and_published_releases_only()
    {
        var published = await ReleaseAsync(app, "In the sitemap", "Text.");
        var draft = await ReleaseAsync(app, "Not in the sitemap", "Text.", publish: false);

        var sitemap = XDocument.Parse(await app.CreateBrowserClient().GetStringAsync("/sitemap.xml"));

        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.Contains("http://localhost/press", locations);
        Assert.Contains("http://localhost/get-the-film", locations);
        Assert.Contains("http://localhost/contact", locations);
        Assert.Contains($"http://localhost/press/{published.Slug}", locations);
        Assert.DoesNotContain($"http://localhost/press/{draft.Slug}", locations);
    }
}

public sealed class PressOnSqlite(SqliteApp app) : PressTests(app), IClassFixture<SqliteApp>;

public sealed class PressOnPostgres(PostgresApp app) : PressTests(app), IClassFixture<PostgresApp>;
