using Fairwatch.Blog;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Press;
using Fairwatch.Uploads;
using Fairwatch.Videos;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Data;

/// <summary>The press room and film outreach demo: files made in code that pass the upload checks, seeded once.</summary>
public sealed class DemoContentTests
{
    [Fact]
    public void Files_made_in_code_are_what_they_claim_to_be()
    {
        var png = FileInspector.Inspect(DemoFiles.Png(120, 60, (x, y) => ((byte)x, (byte)y, 0)));
        Assert.Equal((FileKind.Image, "image/png", 120, 60), (png!.Kind, png.ContentType, png.Width!.Value, png.Height!.Value));

        var pdfBytes = DemoFiles.Pdf("Fact sheet (draft)", ["Una línea con acentos: protección.", string.Join(' ', Enumerable.Repeat("long", 60))]);
        var pdf = FileInspector.Inspect(pdfBytes);
        Assert.Equal(FileKind.Pdf, pdf!.Kind);
        var text = System.Text.Encoding.Latin1.GetString(pdfBytes);
        Assert.Contains("(Fact sheet \\(draft\\)) Tj", text, StringComparison.Ordinal);
        Assert.Contains("protección", text, StringComparison.Ordinal);
        // The cross-reference table points at each object.
        var xref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref\n0 7\n", text[xref..], StringComparison.Ordinal);
        Assert.StartsWith("3 0 obj", text[int.Parse(text[xref..].Split('\n')[5][..10], System.Globalization.CultureInfo.InvariantCulture)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_seeds_a_press_room_and_the_outreach_of_a_film_once()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var now = DateTime.UtcNow;
        for (var run = 0; run < 2; run++)
        {
            await CampaignDemo.SeedAsync(db, now, CancellationToken.None);
            await FilmDemo.SeedAsync(db, now, CancellationToken.None);
            await BlogDemo.SeedAsync(db, now, CancellationToken.None);
            await FilmOutreachDemo.SeedAsync(db, now, CancellationToken.None);
            await PressDemo.SeedAsync(db, now, CancellationToken.None);
        }

        var room = await scope.ServiceProvider.GetRequiredService<PressService>().PressRoomAsync();
        Assert.Equal(2, room.Releases.Count);
        Assert.Equal(3, await db.Set<PressRelease>().CountAsync());
        Assert.NotNull(room.Releases[0].PdfUrl);
        Assert.Equal(4, room.Coverage.Count);
        Assert.Equal([FileKind.Image, FileKind.Pdf], room.Kit.Select(i => i.Kind));

        var film = (await scope.ServiceProvider.GetRequiredService<FilmService>().FindPublishedAsync(FilmOutreachDemo.FilmSlug))!;
        Assert.Equal(Enum.GetValues<OfferKind>(), film.Offers.Select(o => o.Kind));
        Assert.NotNull(film.Film.PosterUrl);
        Assert.Equal(2, film.Comments.Total);
        Assert.Equal(1, await db.Set<Comment>().CountAsync(c => c.TargetKind == CommentTargets.Film && c.Status == CommentStatus.Pending));
        Assert.All(await db.Set<StoredFile>().ToListAsync(), f => Assert.NotNull(FileInspector.Inspect(f.Content)));
    }
}
