using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Tests.Uploads;
using Fairwatch.Uploads;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Videos;

/// <summary>Offers, posters and comments of films.</summary>
public sealed class FilmOutreachServiceTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void Every_mistake_in_an_offer_is_reported_at_once()
    {
        var problems = FilmOfferService.CheckFields(new OfferInput((OfferKind)9, " ", null, null, null, null, null, "ftp://files.example/film"));

        Assert.Equal(["Kind", "LabelEn", "Url"], problems.Select(p => p.Field));
        Assert.Empty(FilmOfferService.CheckFields(new OfferInput(OfferKind.Other, "Kit", null, null, null, null, null, "/contact?topic=screenings")));
        Assert.Empty(FilmOfferService.CheckFields(new OfferInput(OfferKind.Dvd, "DVD", null, null, null, null, null, "https://shop.example/dvd")));
        Assert.NotEmpty(FilmOfferService.CheckFields(new OfferInput(OfferKind.Dvd, "DVD", null, null, null, null, null, "//evil.example/dvd")));
    }

    [Fact]
    public async Task Offers_keep_the_order_staff_give_them_and_show_only_for_published_films()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var offers = scope.ServiceProvider.GetRequiredService<FilmOfferService>();
        var published = await FilmAsync(films, "Published", publish: true);
        var draft = await FilmAsync(films, "Draft", publish: false);
        var ids = new List<int>();
        foreach (var label in new[] { "DVD", "Stream", "Licence" })
        {
            ids.Add((await offers.AddAsync(published, Offer(label))).Id!.Value);
        }

        await offers.AddAsync(draft, Offer("Pre-order"));
        Assert.Equal("This film does not exist.", (await offers.AddAsync(9999, Offer("Nowhere"))).Error);

        Assert.True((await offers.MoveAsync(published, ids[2], up: true)).Succeeded);
        Assert.True((await offers.RemoveAsync(published, ids[0])).Succeeded);
        Assert.Equal("This offer does not exist any more.", (await offers.RemoveAsync(draft, ids[1])).Error);

        var listed = Assert.Single(await offers.ListPublishedAsync());
        Assert.Equal("Published", listed.Film.Title.En);
        Assert.Equal([(1, "Licence"), (2, "Stream")], listed.Offers.Select(o => (o.Position, o.Label.En)));
        Assert.Equal(["Licence", "Stream"], (await films.FindPublishedAsync(listed.Film.Slug))!.Offers.Select(o => o.Label.En));

        // Deleting a film takes its offers with it.
        Assert.True((await films.DeleteAsync(published)).Succeeded);
        Assert.Empty(await offers.ListForFilmAsync(published));
    }

    [Fact]
    public async Task A_poster_is_cleaned_a_replaced_one_is_deleted_and_deleting_the_film_deletes_its_poster_and_comments()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var id = await FilmAsync(films, "With a poster", publish: true);

        Assert.Equal("This file is not a PNG, JPEG or WebP image.", (await films.SetPosterAsync(id, File("poster.pdf", TestImages.Pdf()))).Error);
        Assert.Equal("Choose a file.", (await films.SetPosterAsync(id, null)).Error);
        Assert.True((await films.SetPosterAsync(id, File("first.jpg", TestImages.JpegWithExif(1280, 720)))).Succeeded);
        Assert.True((await films.SetPosterAsync(id, File("second.webp", TestImages.WebPWithExif(1280, 720)))).Succeeded);

        var film = (await films.FindAsync(id))!;
        Assert.Equal($"/media/{film.PosterFileId:N}/second.webp", film.PosterUrl);
        var stored = Assert.Single(await db.Set<StoredFile>().ToListAsync());
        Assert.DoesNotContain("GPS", System.Text.Encoding.Latin1.GetString(stored.Content), StringComparison.Ordinal);

        db.Add(new Comment { TargetKind = CommentTargets.Film, TargetId = id, Name = "A", Email = "a@example.org", Body = "Hi", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        Assert.True((await films.DeleteAsync(id)).Succeeded);
        Assert.Empty(await db.Set<StoredFile>().ToListAsync());
        Assert.Empty(await db.Set<Comment>().Where(c => c.TargetKind == CommentTargets.Film && c.TargetId == id).ToListAsync());
    }

    [Fact]
    public async Task The_moderation_queue_names_the_film_a_comment_is_on()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var id = await FilmAsync(films, "Queued film", publish: true);
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        db.Add(new Comment { TargetKind = CommentTargets.Film, TargetId = id, Name = "A", Email = "a@example.org", Body = "Hi", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        var queue = await scope.ServiceProvider.GetRequiredService<CommentService>().ListForModerationAsync(CommentStatus.Pending, 1);

        var target = Assert.Single(queue.Items).Target!;
        Assert.Equal((CommentTargets.Film, "Queued film", "/films/queued-film"), (target.Kind, target.Title.En, target.Url));
    }

    private static async Task<int> FilmAsync(FilmService films, string title, bool publish)
    {
        var id = (await films.CreateAsync(new FilmInput { TitleEn = title, MadeOn = new DateOnly(2025, 1, 1), Length = "1:00", VideoAddress = "https://vimeo.com/76979871" })).Id!.Value;
        if (publish)
        {
            await films.SetPublishedAsync(id, true);
        }

        return id;
    }

    private static OfferInput Offer(string label) => new(OfferKind.Dvd, label, null, null, null, "$10", null, "https://shop.example/" + label.ToLowerInvariant());

    private static FormFile File(string name, byte[] bytes) => new(new MemoryStream(bytes), 0, bytes.Length, "file", name);
}
