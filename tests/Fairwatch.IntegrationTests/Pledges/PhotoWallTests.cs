using System.Net;
using System.Text;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Photos;
using Fairwatch.Uploads;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Pledges.PledgeTestData;

namespace Fairwatch.IntegrationTests.Pledges;

/// <summary>A supporter sends a real phone photo; it waits for staff, then the wall shows it with its caption as alt text, without any metadata.</summary>
public abstract class PhotoWallTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_photo_with_gps_tags_is_stored_without_any_metadata_waits_for_approval_then_shows_with_its_caption_as_alt_text()
    {
        var (campaignId, slug) = await CampaignAsync(app);
        var visitor = app.CreateBrowserClient();
        var original = Fixture("gps-photo.jpg");
        Assert.True(Contains(original, "Exif") && Contains(original, "FairwatchTestPhone"));

        var sent = await SendPhotoAsync(app, visitor, slug, campaignId, original, "IMG_0042 Ana at home.jpg", "Neighbours at the vigil", email: "ana-photo@example.org");

        Assert.Equal($"/campaigns/{slug}/photos/thanks", sent.LocationWithoutShareCode());
        Assert.Contains("Thank you for your photo", (await visitor.GetDocumentAsync(sent.Location())).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var photo = await app.WithDbAsync(db => db.Set<WallPhoto>().AsNoTracking().SingleAsync(p => p.CampaignId == campaignId));
        Assert.Equal((PhotoStatus.Pending, "Neighbours at the vigil", "ana-photo@example.org"), (photo.Status, photo.Caption, photo.Email));
        var stored = await app.WithDbAsync(db => db.Set<StoredFile>().AsNoTracking().SingleAsync(f => f.Id == photo.FileId));
        Assert.Equal(("image/jpeg", "photo.jpg", 64, 48), (stored.ContentType, stored.FileName, stored.Width, stored.Height));
        foreach (var leak in new[] { "Exif", "GPS", "FairwatchTestPhone", "SN-0042", "Ana Example", "Elm Street", "xmpmeta" })
        {
            Assert.False(Contains(stored.Content, leak), $"\"{leak}\" was stored");
        }

        // Not on the wall until staff approve it.
        Assert.Empty((await visitor.GetDocumentAsync($"/campaigns/{slug}/photos")).QuerySelectorAll(".photo-wall img"));

        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var queue = await staff.GetDocumentAsync("/staff/photos");
        var row = queue.QuerySelector($"tr[data-photo='{photo.Id}']")!;
        Assert.Contains("ana-photo@example.org", row.TextContent, StringComparison.Ordinal);
        await staff.SubmitAsync("/staff/photos", new Dictionary<string, string>(), $"form[action*='handler=Approve'][action*='photoId={photo.Id}']");

        var wall = await visitor.GetDocumentAsync($"/campaigns/{slug}/photos");
        var img = Assert.Single(wall.QuerySelectorAll(".photo-wall img"));
        Assert.Equal("Neighbours at the vigil", img.GetAttribute("alt"));
        var served = await visitor.GetByteArrayAsync(img.GetAttribute("src"));
        Assert.Equal(stored.Content, served);
        Assert.False(Contains(served, "Exif"));
        var html = await visitor.GetStringAsync($"/campaigns/{slug}/photos");
        Assert.DoesNotContain("ana-photo@example.org", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana Sender", html, StringComparison.Ordinal);
        Assert.DoesNotContain("IMG_0042", html, StringComparison.Ordinal);

        // Taken off the wall, then deleted with its file.
        await staff.SubmitAsync("/staff/photos?status=approved", new Dictionary<string, string>(), $"form[action*='handler=Reject'][action*='photoId={photo.Id}']");
        Assert.Empty((await visitor.GetDocumentAsync($"/campaigns/{slug}/photos")).QuerySelectorAll(".photo-wall img"));
        await staff.SubmitAsync("/staff/photos?status=rejected", new Dictionary<string, string>(), $"form[action*='handler=Delete'][action*='photoId={photo.Id}']");
        Assert.False(await app.WithDbAsync(db => db.Set<StoredFile>().AnyAsync(f => f.Id == photo.FileId)));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(img.GetAttribute("src"))).StatusCode);
    }

    [Fact]
    public async Task A_png_is_cleaned_too_and_files_that_are_not_photos_are_refused_whatever_they_are_called()
    {
        var (campaignId, slug) = await CampaignAsync(app);
        var visitor = app.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.Redirect, (await SendPhotoAsync(app, visitor, slug, campaignId, Fixture("gps-photo.png"), "photo.png")).StatusCode);
        var png = await app.WithDbAsync(db => db.Set<WallPhoto>().AsNoTracking().Where(p => p.CampaignId == campaignId)
            .Join(db.Set<StoredFile>(), p => p.FileId, f => f.Id, (p, f) => f).SingleAsync());
        Assert.Equal("image/png", png.ContentType);
        Assert.False(Contains(png.Content, "FairwatchTestPhone"));

        var html = await HtmlForms.ParseAsync(await SendPhotoAsync(app, visitor, slug, campaignId, Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "photo.jpg", "Kept caption"));
        Assert.Contains("This file is not a JPEG or PNG photo.", html.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept caption", html.QuerySelector("textarea[name='Photo.Caption']")!.TextContent.Trim());

        var webp = await HtmlForms.ParseAsync(await SendPhotoAsync(app, visitor, slug, campaignId, Fairwatch.Tests.Uploads.TestImages.WebPWithExif(), "photo.webp"));
        Assert.Contains("This file is not a JPEG or PNG photo.", webp.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var big = await HtmlForms.ParseAsync(await SendPhotoAsync(app, visitor, slug, campaignId, [.. Fixture("gps-photo.jpg"), .. new byte[5 * 1024 * 1024]]));
        Assert.Contains("The photo is larger than 5 MB.", big.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var noCaption = await HtmlForms.ParseAsync(await SendPhotoAsync(app, visitor, slug, campaignId, Fixture("gps-photo.jpg"), caption: ""));
        Assert.Contains("Describe what the photo shows.", noCaption.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var bot = await SendPhotoAsync(app, visitor, slug, campaignId, Fixture("gps-photo.jpg"), homepage: "https://spam.example");
        Assert.Equal($"/campaigns/{slug}/photos/thanks", bot.LocationWithoutShareCode());

        Assert.Equal(1, await app.WithDbAsync(db => db.Set<WallPhoto>().CountAsync(p => p.CampaignId == campaignId)));
    }

    [Fact]
    public async Task The_wall_is_paged_24_photos_at_a_time_newest_first()
    {
        var (campaignId, slug) = await CampaignAsync(app);
        await app.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 25; i++)
            {
                var file = new StoredFile
                {
                    Id = Guid.NewGuid(), Kind = FileKind.Image, ContentType = "image/png", FileName = "photo.png", Size = 1, Width = 4, Height = 3,
                    Sha256 = new string('0', 64), CreatedAt = DateTime.UtcNow, Content = [1],
                };
                db.Add(file);
                db.Add(new WallPhoto
                {
                    CampaignId = campaignId, FileId = file.Id, Caption = $"Photo number {i}", Name = "N", Email = "n@example.org", Culture = "en",
                    Status = PhotoStatus.Approved, CreatedAt = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
            }

            return 0;
        });
        var visitor = app.CreateBrowserClient();

        var first = await visitor.GetDocumentAsync($"/campaigns/{slug}/photos");
        Assert.Equal(24, first.QuerySelectorAll(".photo-wall img").Length);
        Assert.Equal("Photo number 25", first.QuerySelector(".photo-wall img")!.GetAttribute("alt"));
        Assert.Equal($"/campaigns/{slug}/photos?page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var second = await visitor.GetDocumentAsync($"/campaigns/{slug}/photos?page=2");
        Assert.Equal(["Photo number 1"], second.QuerySelectorAll(".photo-wall img").Select(i => i.GetAttribute("alt")));
    }

    private static bool Contains(byte[] data, string text) => data.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;
}

public sealed class PhotoWallOnSqlite(SqliteApp app) : PhotoWallTests(app), IClassFixture<SqliteApp>;

public sealed class PhotoWallOnPostgres(PostgresApp app) : PhotoWallTests(app), IClassFixture<PostgresApp>;
