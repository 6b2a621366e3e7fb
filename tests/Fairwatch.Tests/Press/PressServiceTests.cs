using System.Text;
using Fairwatch.Data;
using Fairwatch.Press;
using Fairwatch.Tests.Uploads;
using Fairwatch.Uploads;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Press;

public sealed class PressServiceTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_release_is_a_draft_until_published_and_hidden_until_its_date()
    {
        await using var scope = _app.Scope();
        var press = Service(scope);
        var id = (await press.CreateAsync(Release("Embargoed news", releasedOn: new DateTime(2026, 5, 6)))).Id!.Value;

        Assert.Null(await press.FindVisibleAsync("embargoed-news"));
        Assert.True((await press.SetPublishedAsync(id, true)).Succeeded);
        Assert.Null(await press.FindVisibleAsync("embargoed-news"));
        Assert.Empty((await press.PressRoomAsync()).Releases);

        _clock.Advance(TimeSpan.FromDays(2));
        Assert.NotNull(await press.FindVisibleAsync("embargoed-news"));
        Assert.Equal(["embargoed-news"], (await press.PressRoomAsync()).Releases.Select(r => r.Slug));
    }

    [Fact]
    public async Task A_release_needs_a_title_a_free_address_a_date_and_an_english_text_to_be_published()
    {
        await using var scope = _app.Scope();
        var press = Service(scope);
        Assert.Equal("TitleEn", (await press.CreateAsync(Release(" "))).Field);
        Assert.Equal("ReleasedOn", (await press.CreateAsync(Release("No date") with { ReleasedOn = null })).Field);
        Assert.Equal("Slug", (await press.CreateAsync(Release("Bad address") with { Slug = "Not OK!" })).Field);
        var first = (await press.CreateAsync(Release("Same"))).Id!.Value;
        Assert.Equal("Another press release already uses this address.", (await press.CreateAsync(Release("Same"))).Error);

        var empty = (await press.CreateAsync(Release("Empty", body: null))).Id!.Value;
        Assert.Equal("Write the text in English before you publish.", (await press.SetPublishedAsync(empty, true)).Error);
        Assert.True((await press.SetPublishedAsync(first, true)).Succeeded);
        Assert.Equal("A published release needs its text in English.", (await press.SaveAsync(first, Release("Same", body: " "))).Error);
        Assert.Equal("Unpublish the release before you delete it.", (await press.DeleteAsync(first)).Error);
    }

    [Fact]
    public async Task A_replaced_or_deleted_release_leaves_no_file_behind()
    {
        await using var scope = _app.Scope();
        var press = Service(scope);
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var id = (await press.CreateAsync(Release("With a PDF"))).Id!.Value;

        Assert.Equal("This file is not a PDF.", (await press.AttachPdfAsync(id, File("release.pdf", TestImages.JpegWithExif()))).Error);
        Assert.True((await press.AttachPdfAsync(id, File("first.pdf", TestImages.Pdf()))).Succeeded);
        Assert.True((await press.AttachPdfAsync(id, File("second.pdf", TestImages.Pdf()))).Succeeded);
        Assert.Equal(["second.pdf"], await db.Set<StoredFile>().Select(f => f.FileName).ToListAsync());

        Assert.True((await press.DeleteAsync(id)).Succeeded);
        Assert.Empty(await db.Set<StoredFile>().ToListAsync());
    }

    [Fact]
    public async Task Coverage_must_link_to_the_web_and_name_its_language()
    {
        var problems = PressService.CheckCoverage(new CoverageInput("", "", "fr", null, "javascript:alert(1)"));

        Assert.Equal(["Outlet", "Headline", "Language", "PublishedOn", "Url"], problems.Select(p => p.Field));

        await using var scope = _app.Scope();
        var press = Service(scope);
        Assert.True((await press.AddCoverageAsync(new CoverageInput("Older", "First", "en", new DateTime(2026, 1, 1), "https://a.example/1"))).Succeeded);
        Assert.True((await press.AddCoverageAsync(new CoverageInput("Newer", "Segunda", "es", new DateTime(2026, 3, 1), "http://b.example/2"))).Succeeded);
        Assert.Equal(["Newer", "Older"], (await press.ListCoverageAsync()).Select(c => c.Outlet));
    }

    [Fact]
    public async Task The_media_kit_takes_images_and_pdfs_keeps_their_order_and_deletes_a_removed_items_file()
    {
        await using var scope = _app.Scope();
        var press = Service(scope);
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();

        Assert.Equal("Give the file a title in English.", (await press.AddKitItemAsync(new KitItemInput("", null, null, null), File("a.png", TestImages.PngWithText()))).Error);
        Assert.Equal("This file is not a PDF or a PNG, JPEG or WebP image.", (await press.AddKitItemAsync(Kit("Page"), File("page.html", Encoding.UTF8.GetBytes("<html></html>")))).Error);
        var logo = (await press.AddKitItemAsync(Kit("Logo"), File("logo.png", TestImages.PngWithText(300, 100)))).Id!.Value;
        var sheet = (await press.AddKitItemAsync(Kit("Fact sheet"), File("facts.pdf", TestImages.Pdf()))).Id!.Value;
        var photo = (await press.AddKitItemAsync(Kit("Photo"), File("photo.jpg", TestImages.JpegWithExif(800, 600)))).Id!.Value;

        var kit = await press.ListKitAsync();
        Assert.Equal(["Logo", "Fact sheet", "Photo"], kit.Select(i => i.Title.En));
        Assert.Equal((FileKind.Image, 300, 100), (kit[0].Kind, kit[0].Width!.Value, kit[0].Height!.Value));
        Assert.Equal(FileKind.Pdf, kit[1].Kind);
        var stored = await db.Set<StoredFile>().SingleAsync(f => f.Id == kit[2].FileId);
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(stored.Content), StringComparison.Ordinal);

        Assert.True((await press.MoveKitItemAsync(photo, up: true)).Succeeded);
        Assert.Equal(["Logo", "Photo", "Fact sheet"], (await press.ListKitAsync()).Select(i => i.Title.En));
        Assert.True((await press.RemoveKitItemAsync(logo)).Succeeded);
        var left = await press.ListKitAsync();
        Assert.Equal([(1, "Photo"), (2, "Fact sheet")], left.Select(i => (i.Position, i.Title.En)));
        Assert.Equal(2, await db.Set<StoredFile>().CountAsync());
        Assert.False(await db.Set<StoredFile>().AnyAsync(f => f.FileName == "logo.png"));
        Assert.Equal(sheet, left[1].Id);
    }

    private PressService Service(AsyncServiceScope scope) => ActivatorUtilities.CreateInstance<PressService>(scope.ServiceProvider, (TimeProvider)_clock);

    private static ReleaseInput Release(string title, string? body = "The text.", DateTime? releasedOn = null) =>
        new(null, title, null, null, null, body, null, releasedOn ?? new DateTime(2026, 5, 1));

    private static KitItemInput Kit(string title) => new(title, null, null, null);

    private static FormFile File(string name, byte[] bytes) => new(new MemoryStream(bytes), 0, bytes.Length, "file", name);
}
