using System.Net;
using System.Text;
using Fairwatch.Accounts;
using Fairwatch.Blog;
using Fairwatch.Comments;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Tests.Uploads;
using Fairwatch.Uploads;
using Fairwatch.Videos;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Outreach.OutreachTestData;

namespace Fairwatch.IntegrationTests.Outreach;

/// <summary>A film's outreach: ways to get it, comments through moderation, and its poster; an author's photo.</summary>
public abstract class FilmOutreachTests(FairwatchFactory app)
{
    [Fact]
    public async Task Staff_add_order_and_remove_offers_which_show_on_the_film_page_and_on_get_the_film()
    {
        var (filmId, slug) = await FilmAsync(app, "Offered film", "Película ofrecida");
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var offersPage = $"/staff/films/{filmId}/offers";
        var visitor = app.CreateBrowserClient();
        // Cached before the offers exist, so the test proves that adding one evicts the pages.
        Assert.Null((await visitor.GetDocumentAsync($"/films/{slug}")).QuerySelector(".offers"));
        Assert.Null((await visitor.GetDocumentAsync("/get-the-film")).QuerySelector($"#{slug}"));

        var mistakes = await staff.SubmitAsync(offersPage, new Dictionary<string, string> { ["Offer.DescriptionEn"] = "Kept" }, "form[action$='handler=Add']");
        var errorPage = await HtmlForms.ParseAsync(mistakes);
        var errors = errorPage.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Choose what kind of offer this is.", errors, StringComparison.Ordinal);
        Assert.Contains("An offer needs a name in English.", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the link to the offer.", errors, StringComparison.Ordinal);
        Assert.Equal("Kept", errorPage.QuerySelector("textarea[name='Offer.DescriptionEn']")!.TextContent.Trim());
        var badLink = await staff.SubmitAsync(offersPage, Offer("Dvd", "DVD", "javascript:alert(1)"), "form[action$='handler=Add']");
        Assert.Contains("The link must be a web address", (await HtmlForms.ParseAsync(badLink)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        foreach (var (kind, label, url) in new[]
        {
            ("Dvd", "DVD with subtitles", "https://shop.example/dvd"),
            ("Streaming", "Rent it online", "https://stream.example/film"),
            ("EducationalLicence", "Licence for schools", "https://distributor.example/licence"),
            ("Other", "Free community kit", "/contact?topic=screenings"),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(offersPage, Offer(kind, label, url), "form[action$='handler=Add']")).StatusCode);
        }

        var ids = await app.WithDbAsync(db => db.Set<FilmOffer>().Where(o => o.FilmId == filmId).OrderBy(o => o.Position).Select(o => o.Id).ToListAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(offersPage, [], FormFor("Move", "offerId", ids[1], "[action*='up=true']"))).StatusCode);

        var film = await visitor.GetDocumentAsync($"/films/{slug}");
        Assert.Equal(["Rent it online", "DVD with subtitles", "Licence for schools", "Free community kit"], film.QuerySelectorAll(".offer__label").Select(l => l.TextContent));
        var dvd = film.QuerySelectorAll(".offer").Single(o => o.QuerySelector(".offer__label")!.TextContent == "DVD with subtitles");
        Assert.Equal("DVD", dvd.QuerySelector(".offer__kind")!.TextContent);
        Assert.Equal("$24.95", dvd.QuerySelector(".offer__price strong")!.TextContent);
        var link = dvd.QuerySelector(".offer__link a")!;
        Assert.Equal("https://shop.example/dvd", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
        Assert.Equal("On shop.example", dvd.QuerySelector(".offer__host")!.TextContent);
        var kit = film.QuerySelectorAll(".offer").Single(o => o.QuerySelector(".offer__label")!.TextContent == "Free community kit");
        Assert.Null(kit.QuerySelector(".offer__link a")!.GetAttribute("rel"));

        var page = await visitor.GetDocumentAsync("/get-the-film");
        var section = page.QuerySelector($"#{slug}")!;
        Assert.Equal($"/films/{slug}", section.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal(4, section.QuerySelectorAll(".offer").Length);
        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await spanish.GetDocumentAsync("/get-the-film");
        Assert.Equal("Película ofrecida", es.QuerySelector($"#{slug} h2 a")!.TextContent);
        Assert.Contains("Licencia educativa de proyección", es.QuerySelector($"#{slug}")!.TextContent, StringComparison.Ordinal);

        // An offer is corrected on its own page.
        Assert.Equal(offersPage, (await staff.SubmitAsync($"{offersPage}/{ids[0]}", Offer("Dvd", "DVD, second edition", "https://shop.example/dvd2"))).Location());
        Assert.Contains("DVD, second edition", (await visitor.GetDocumentAsync($"/films/{slug}")).QuerySelector(".offers")!.TextContent, StringComparison.Ordinal);

        foreach (var id in ids)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(offersPage, [], FormFor("Remove", "offerId", id))).StatusCode);
        }

        Assert.Null((await visitor.GetDocumentAsync($"/films/{slug}")).QuerySelector(".offers"));
        Assert.Null((await visitor.GetDocumentAsync("/get-the-film")).QuerySelector($"#{slug}"));
    }

    [Fact]
    public async Task The_offers_of_an_unpublished_film_are_not_shown()
    {
        var (filmId, slug) = await FilmAsync(app, "Not yet out", publish: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var offers = scope.ServiceProvider.GetRequiredService<FilmOfferService>();
            Assert.True((await offers.AddAsync(filmId, new OfferInput(OfferKind.Dvd, "Pre-order", null, null, null, null, null, "https://shop.example/pre"))).Succeeded);
        }

        Assert.Null((await app.CreateBrowserClient().GetDocumentAsync("/get-the-film")).QuerySelector($"#{slug}"));
        Assert.DoesNotContain("shop.example/pre", await app.CreateBrowserClient().GetStringAsync("/get-the-film"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_film_comment_waits_for_moderation_shows_the_film_in_the_queue_and_then_appears_on_the_film_page()
    {
        var (filmId, slug) = await FilmAsync(app, "Commented film");
        var email = $"viewer-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        var filmPage = await visitor.GetDocumentAsync($"/films/{slug}");
        Assert.Equal("Comments (0)", filmPage.QuerySelector("#comments-heading")!.TextContent);
        Assert.Equal($"/films/{slug}/comment", filmPage.QuerySelector(".comments-section a.button")!.GetAttribute("href"));

        var form = await visitor.GetDocumentAsync($"/films/{slug}/comment");
        Assert.Equal("Comment on “Commented film”", form.QuerySelector("h1")!.TextContent);
        Assert.Equal($"/films/{slug}", form.QuerySelector("main p a")!.GetAttribute("href"));
        var sent = await visitor.SubmitAsync($"/films/{slug}/comment", new Dictionary<string, string>
        {
            ["Comment.Name"] = "Viewer",
            ["Comment.Email"] = email,
            ["Comment.Body"] = "We showed it at school.",
            ["Comment.Stamp"] = await CommentWrittenAMinuteAgoAsync(app, CommentTargets.Film, filmId),
        });
        Assert.Equal($"/films/{slug}/comment?sent=held", sent.Location());
        Assert.Contains("waiting for moderation", (await visitor.GetDocumentAsync(sent.Location())).QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await visitor.GetDocumentAsync($"/films/{slug}")).QuerySelectorAll(".comment"));

        var moderator = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var queue = await moderator.GetDocumentAsync("/staff/comments");
        var item = queue.QuerySelectorAll(".moderation__item").Single(i => i.TextContent.Contains(email, StringComparison.Ordinal));
        var target = item.QuerySelector(".moderation__meta a")!;
        Assert.Equal($"/films/{slug}", target.GetAttribute("href"));
        Assert.Equal("Commented film", target.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync(queue, "/staff/comments", [], $"#{item.Id} form[action*='handler=Approve']")).StatusCode);

        var published = await visitor.GetAsync($"/films/{slug}");
        var html = await published.Content.ReadAsStringAsync();
        var page = await HtmlForms.ParseAsync(published);
        Assert.Equal("Comments (1)", page.QuerySelector("#comments-heading")!.TextContent);
        Assert.Equal("We showed it at school.", page.QuerySelector(".comment__body")!.TextContent);
        Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.TargetKind == CommentTargets.Film && c.TargetId == filmId)));
    }

    [Fact]
    public async Task A_film_with_many_comments_shows_them_fifty_at_a_time_with_links_between_the_pages()
    {
        var (filmId, slug) = await FilmAsync(app, "Much discussed film");
        var start = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        await app.WithDbAsync(db =>
        {
            db.AddRange(Enumerable.Range(1, 51).Select(i => new Comment
            {
                TargetKind = CommentTargets.Film, TargetId = filmId, Name = $"Viewer {i}", Email = $"viewer{i}@example.org",
                Body = $"Comment number {i}", Status = CommentStatus.Approved, CreatedAt = start.AddHours(i),
            }));
            return db.SaveChangesAsync();
        });
        var visitor = app.CreateBrowserClient();

        var first = await visitor.GetDocumentAsync($"/films/{slug}");
        Assert.Equal("Comments (51)", first.QuerySelector("#comments-heading")!.TextContent);
        Assert.Equal(50, first.QuerySelectorAll(".comment").Length);
        Assert.Equal("Comment number 1", first.QuerySelector(".comment__body")!.TextContent);
        Assert.Null(first.QuerySelector(".comments-section .pager a[rel=prev]"));
        Assert.Equal($"/films/{slug}?comments=2#comments", first.QuerySelector(".comments-section .pager a[rel=next]")!.GetAttribute("href"));

        var second = await visitor.GetDocumentAsync($"/films/{slug}?comments=2");
        Assert.Equal("Comment number 51", Assert.Single(second.QuerySelectorAll(".comment__body")).TextContent);
        Assert.Equal($"/films/{slug}#comments", second.QuerySelector(".comments-section .pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".comments-section .pager a[rel=next]"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/films/{slug}?comments=3")).StatusCode);
    }

    [Fact]
    public async Task An_unpublished_film_takes_no_comments_and_deleting_a_film_deletes_its_comments()
    {
        var (draftId, draftSlug) = await FilmAsync(app, "Draft film", publish: false);
        var visitor = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/films/{draftSlug}/comment")).StatusCode);
        var post = await visitor.PostAsync($"/films/{draftSlug}/comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Comment.Name"] = "Early", ["Comment.Email"] = "early@example.org", ["Comment.Body"] = "Hello",
            ["Comment.Stamp"] = await CommentWrittenAMinuteAgoAsync(app, CommentTargets.Film, draftId),
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);

        var (filmId, slug) = await FilmAsync(app, "Short-lived film");
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.SubmitAsync($"/films/{slug}/comment", new Dictionary<string, string>
        {
            ["Comment.Name"] = "Viewer", ["Comment.Email"] = "viewer@example.org", ["Comment.Body"] = "Thanks",
            ["Comment.Stamp"] = await CommentWrittenAMinuteAgoAsync(app, CommentTargets.Film, filmId),
        })).StatusCode);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<FilmService>().DeleteAsync(filmId)).Succeeded);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.TargetKind == CommentTargets.Film && (c.TargetId == filmId || c.TargetId == draftId))));
    }

    [Fact]
    public async Task An_uploaded_poster_replaces_the_drawn_one_without_its_location_and_a_replaced_poster_is_deleted()
    {
        var (filmId, slug) = await FilmAsync(app, "Film with a poster");
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var edit = $"/staff/films/{filmId}";
        var visitor = app.CreateBrowserClient();
        Assert.NotNull((await visitor.GetDocumentAsync($"/films/{slug}")).QuerySelector(".player .poster__title"));

        var refused = await staff.SubmitWithFilesAsync(edit, [], [("posterUpload", "poster.png", Encoding.UTF8.GetBytes("<html></html>"))], "form[action$='handler=Poster']");
        var refusedPage = await HtmlForms.ParseAsync(refused);
        Assert.Contains("This file is not a PNG, JPEG or WebP image.", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#posterUpload", refusedPage.QuerySelector(".error-summary a")!.GetAttribute("href"));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitWithFilesAsync(edit, [], [("posterUpload", "IMG_0042.JPG", TestImages.JpegWithExif(1280, 720))], "form[action$='handler=Poster']")).StatusCode);

        var page = await visitor.GetDocumentAsync($"/films/{slug}");
        var start = page.QuerySelector("[data-player] a[data-player-start]")!;
        var poster = start.QuerySelector("img.poster__image")!;
        Assert.Equal("", poster.GetAttribute("alt"));
        Assert.Contains("Film with a poster", start.TextContent, StringComparison.Ordinal);
        Assert.Null(start.QuerySelector(".poster__title"));
        // Still nothing from the video host before play: the poster comes from this site.
        Assert.StartsWith("/media/", poster.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("iframe"));
        var image = await visitor.GetAsync(poster.GetAttribute("src"));
        Assert.Equal("image/jpeg", image.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(await image.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        Assert.Equal(poster.GetAttribute("src"), (await visitor.GetDocumentAsync("/films")).QuerySelectorAll(".film-card").Single(c => c.QuerySelector($"a[href='/films/{slug}']") is not null).QuerySelector("img")!.GetAttribute("src"));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitWithFilesAsync(edit, [], [("posterUpload", "second.png", TestImages.PngWithText(1280, 720))], "form[action$='handler=Poster']")).StatusCode);
        var second = (await visitor.GetDocumentAsync($"/films/{slug}")).QuerySelector("img.poster__image")!.GetAttribute("src")!;
        Assert.EndsWith("/second.png", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(poster.GetAttribute("src"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(edit, [], "form[action$='handler=RemovePoster']")).StatusCode);
        Assert.NotNull((await visitor.GetDocumentAsync($"/films/{slug}")).QuerySelector(".player .poster__title"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(second)).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Set<Film>().Where(f => f.Id == filmId).Select(f => f.PosterFileId).SingleAsync()));
    }

    [Fact]
    public async Task An_authors_photo_shows_on_their_posts_with_their_name_as_alt_text()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        int authorId;
        var slug = Slug("photo-post");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var blog = scope.ServiceProvider.GetRequiredService<BlogService>();
            authorId = (await blog.CreateAuthorAsync(new AuthorInput("Marisol Ortega", "Coordinates the campaign.", null))).Id!.Value;
            var post = (await blog.CreateAsync(new PostInput(slug, "With a photo", null, "Summary.", null, "Text.", null, authorId, DateTime.UtcNow.Date, null))).Id!.Value;
            await blog.SetPublishedAsync(post, true);
        }

        var visitor = app.CreateBrowserClient();
        Assert.Null((await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelector(".author-box img"));

        var uploaded = await staff.SubmitWithFilesAsync($"/staff/blog/authors/{authorId}", [], [("photoUpload", "marisol.webp", TestImages.WebPWithExif(400, 400))], "form[action$='handler=Photo']");
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);

        var photo = (await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelector(".author-box img")!;
        Assert.Equal("Photo of Marisol Ortega", photo.GetAttribute("alt"));
        var image = await visitor.GetAsync(photo.GetAttribute("src"));
        Assert.Equal("image/webp", image.Content.Headers.ContentType!.MediaType);
        Assert.DoesNotContain("GPS", Encoding.Latin1.GetString(await image.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        Assert.Equal("Foto de Marisol Ortega", (await spanish.GetDocumentAsync($"/blog/{slug}")).QuerySelector(".author-box img")!.GetAttribute("alt"));

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync($"/staff/blog/authors/{authorId}", [], "form[action$='handler=RemovePhoto']")).StatusCode);
        Assert.Null((await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelector(".author-box img"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(photo.GetAttribute("src"))).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<StoredFile>().AnyAsync(f => f.FileName == "marisol.webp")));
    }

    private static Dictionary<string, string> Offer(string kind, string label, string url) => new()
    {
        ["Offer.Kind"] = kind,
        ["Offer.LabelEn"] = label,
        ["Offer.PriceEn"] = "$24.95",
        ["Offer.Url"] = url,
    };
}

public sealed class FilmOutreachOnSqlite(SqliteApp app) : FilmOutreachTests(app), IClassFixture<SqliteApp>;

public sealed class FilmOutreachOnPostgres(PostgresApp app) : FilmOutreachTests(app), IClassFixture<PostgresApp>;
