using System.Net;
using System.Text;
using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Tests.Uploads;
using Fairwatch.Uploads;

namespace Fairwatch.IntegrationTests.Campaigns;

/// <summary>Reports (PDF) and partner logos: checked by content, cleaned of metadata, served safely.</summary>
public abstract class CampaignFileTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_published_report_is_downloadable_as_a_sandboxed_pdf()
    {
        var (id, slug) = await PublishedCampaignAsync();
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);

        var added = await staff.SubmitWithFilesAsync($"/staff/campaigns/{id}",
            [new("Report.TitleEn", "Annual report"), new("Report.TitleEs", "Informe anual"), new("Report.PublishedAt", "2026-11-01")],
            [("Report.File", "Informe Anual 2026.pdf", TestImages.Pdf())], "form[action$='handler=AddReport']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/campaigns/{slug}");
        var link = page.QuerySelector(".reports a")!;
        Assert.Equal("Annual report", link.TextContent);
        Assert.EndsWith("/informe-anual-2026.pdf", link.GetAttribute("href"), StringComparison.Ordinal);

        var file = await app.CreateBrowserClient().GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("sandbox", string.Join(" ", file.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("immutable", file.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TestImages.Pdf(), await file.Content.ReadAsByteArrayAsync());

        var again = new HttpRequestMessage(HttpMethod.Get, link.GetAttribute("href"));
        again.Headers.IfNoneMatch.Add(file.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await app.CreateBrowserClient().SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_file_that_only_pretends_to_be_a_pdf_or_an_image_is_refused_and_nothing_is_stored()
    {
        var (id, slug) = await PublishedCampaignAsync();
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var filesBefore = await app.WithDbAsync(db => Task.FromResult(db.Set<StoredFile>().Count()));
        var html = Encoding.UTF8.GetBytes("<html><script>alert(document.cookie)</script></html>");

        var report = await staff.SubmitWithFilesAsync($"/staff/campaigns/{id}",
            [new("Report.TitleEn", "Fake report"), new("Report.PublishedAt", "2026-11-01")],
            [("Report.File", "report.pdf", html)], "form[action$='handler=AddReport']");
        var reportPage = await HtmlForms.ParseAsync(report);
        Assert.Contains("This file is not a PDF.", reportPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Fake report", reportPage.QuerySelector("input[name='Report.TitleEn']")!.GetAttribute("value"));

        var logo = await staff.SubmitWithFilesAsync($"/staff/campaigns/{id}",
            [new("Partner.Name", "Sneaky partner")],
            [("Partner.Logo", "logo.png", html)], "form[action$='handler=AddPartner']");
        Assert.Contains("not a PNG, JPEG or WebP image", (await HtmlForms.ParseAsync(logo)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(filesBefore, await app.WithDbAsync(db => Task.FromResult(db.Set<StoredFile>().Count())));
        var publicPage = await app.CreateBrowserClient().GetDocumentAsync($"/campaigns/{slug}");
        Assert.Null(publicPage.QuerySelector(".reports"));
        Assert.Null(publicPage.QuerySelector(".partners"));
    }

    [Fact]
    public async Task A_partner_logo_is_served_without_the_location_the_camera_wrote_into_it()
    {
        var (id, slug) = await PublishedCampaignAsync();
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);

        var added = await staff.SubmitWithFilesAsync($"/staff/campaigns/{id}",
            [new("Partner.Name", "Legal Aid Network"), new("Partner.Url", "https://legal-aid.example")],
            [("Partner.Logo", "IMG_0042.JPG", TestImages.JpegWithExif())], "form[action$='handler=AddPartner']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/campaigns/{slug}");
        var src = page.QuerySelector(".partner__logo")!.GetAttribute("src")!;
        var image = await app.CreateBrowserClient().GetAsync(src);
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", image.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = Encoding.Latin1.GetString(await image.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain("GPS", bytes, StringComparison.Ordinal);
        Assert.DoesNotContain("Elm Street", bytes, StringComparison.Ordinal);

        // Removing the partner removes its logo too.
        var partnerId = await app.WithDbAsync(db => Task.FromResult(db.Set<CampaignPartner>().Single(p => p.CampaignId == id).Id));
        await staff.SubmitAsync($"/staff/campaigns/{id}", new Dictionary<string, string>(), $"form[action*='partnerId={partnerId}']");
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync(src)).StatusCode);
    }

    private async Task<(int Id, string Slug)> PublishedCampaignAsync()
    {
        var slug = $"files-{Guid.NewGuid():N}"[..24];
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await service.CreateAsync(new CampaignInput(slug, "Files", null, "The call.", null, null, null, CampaignStatus.Active))).Id!.Value;
        await service.SetPublishedAsync(id, true);
        return (id, slug);
    }
}

public sealed class CampaignFilesOnSqlite(SqliteApp app) : CampaignFileTests(app), IClassFixture<SqliteApp>;

public sealed class CampaignFilesOnPostgres(PostgresApp app) : CampaignFileTests(app), IClassFixture<PostgresApp>;
