using System.Net;
using System.Xml.Linq;
using Fairwatch.Accounts;
using Fairwatch.Blog;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Blog.BlogTestData;

namespace Fairwatch.IntegrationTests.Blog;

public abstract class BlogTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_post_page_shows_its_facts_sources_sample_posts_author_and_topics_in_both_languages()
    {
        var slug = Slug("full-post");
        var author = await AuthorAsync(app, "Marisol Test", "Coordina la campaña.");
        var id = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date.AddDays(-1), "Alone before the judge", "Solas ante el juez", authorId: author);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var blog = scope.ServiceProvider.GetRequiredService<BlogService>();
            await blog.AddTagAsync(id, "Legal help", "Ayuda legal");
            await blog.AddFactAsync(id, new FactInput("73% never find a lawyer.", "El 73 % nunca encuentra abogado.", "Legal Aid Network", null, "https://legal-aid.example/report"));
            await blog.AddFactAsync(id, new FactInput("No lawyer is provided.", null, "EOIR", "EOIR (en español)", "https://www.justice.gov/eoir"));
            await blog.AddSocialPostAsync(id, new SocialPostInput("No one should face a judge alone.", "Nadie debería estar solo ante un juez.", "#DueProcess", "#DebidoProceso"));
        }

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/blog/{slug}");

        Assert.Equal("Alone before the judge", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("What the post is about.", page.QuerySelector(".post__header .hero__lead")!.TextContent);
        Assert.Equal("<strong>text</strong>", page.QuerySelector(".post__body strong")!.OuterHtml);
        Assert.Contains("By Marisol Test", page.QuerySelector(".post-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["73% never find a lawyer.", "No lawyer is provided."], page.QuerySelectorAll(".facts__item > p:first-child").Select(p => p.TextContent));
        Assert.Equal(["https://legal-aid.example/report", "https://www.justice.gov/eoir"], page.QuerySelectorAll(".facts__source a").Select(a => a.GetAttribute("href")));
        var sample = page.QuerySelector(".share__post textarea")!;
        Assert.Equal("No one should face a judge alone. #DueProcess", sample.TextContent);
        Assert.NotNull(sample.GetAttribute("readonly"));
        Assert.Equal("Sample post 1", page.QuerySelector($"label[for='{sample.Id}']")!.TextContent);
        Assert.Equal("Writes about fairness.", page.QuerySelector(".author-box p:last-child")!.TextContent);
        Assert.Equal("/blog?tag=legal-help", page.QuerySelector(".post__header .tag")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/copy.js']"));

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await spanish.GetDocumentAsync($"/blog/{slug}");
        Assert.Equal("Solas ante el juez", es.QuerySelector("h1")!.TextContent);
        Assert.Null(es.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("¿Sabía que…?", es.QuerySelector("#facts-heading")!.TextContent);
        Assert.Equal("El 73 % nunca encuentra abogado.", es.QuerySelector(".facts__item > p")!.TextContent);
        // English shown to a Spanish reader is marked as English, for screen readers.
        Assert.Equal("en", es.QuerySelectorAll(".facts__item > p:first-child")[1].GetAttribute("lang"));
        Assert.Equal("en", es.QuerySelector(".hero__lead")!.GetAttribute("lang"));
        Assert.Equal("Nadie debería estar solo ante un juez. #DebidoProceso", es.QuerySelector(".share__post textarea")!.TextContent);
        Assert.Equal("Coordina la campaña.", es.QuerySelector(".author-box p:last-child")!.TextContent);
        Assert.Equal("Ayuda legal", es.QuerySelector(".post__header .tag")!.TextContent);
    }

    [Fact]
    public async Task The_blog_lists_public_posts_newest_first_and_filters_them_by_topic()
    {
        var older = Slug("older");
        var newer = Slug("newer");
        var other = Slug("other");
        var hidden = Slug("hidden");
        var tag = Slug("topic");
        var olderId = await PublishedPostAsync(app, older, DateTime.UtcNow.Date.AddDays(-30), "Older one");
        var newerId = await PublishedPostAsync(app, newer, DateTime.UtcNow.Date.AddDays(-2), "Newer one");
        await PublishedPostAsync(app, other, DateTime.UtcNow.Date.AddDays(-3), "Not on the topic");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var blog = scope.ServiceProvider.GetRequiredService<BlogService>();
            await blog.AddTagAsync(olderId, tag, "Tema");
            await blog.AddTagAsync(newerId, tag, null);
            var draft = await blog.CreateAsync(new PostInput(hidden, "Hidden draft", null, "s", null, "b", null, (await blog.ListAuthorsAsync())[0].Author.Id, DateTime.UtcNow.Date, null));
            await blog.AddTagAsync(draft.Id!.Value, tag, null);
        }

        var visitor = app.CreateBrowserClient();
        var all = await visitor.GetDocumentAsync("/blog");
        var links = all.QuerySelectorAll(".post-card__title a").Select(a => a.GetAttribute("href")).ToList();
        // Other tests add posts too; these two are recent enough to be on the first page.
        Assert.Contains($"/blog/{other}", links);
        Assert.True(links.IndexOf($"/blog/{newer}") < links.IndexOf($"/blog/{other}"), string.Join(", ", links));
        Assert.DoesNotContain($"/blog/{hidden}", links);
        Assert.Contains(all.QuerySelectorAll(".topics a"), a => a.GetAttribute("href") == $"/blog?tag={tag}" && a.TextContent.Contains("(2)", StringComparison.Ordinal));

        var filtered = await visitor.GetDocumentAsync($"/blog?tag={tag}");
        Assert.Equal([$"/blog/{newer}", $"/blog/{older}"], filtered.QuerySelectorAll(".post-card__title a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"Posts about “{tag}”", filtered.QuerySelector("h1")!.TextContent);
        Assert.Equal("page", filtered.QuerySelector($".topics a[href='/blog?tag={tag}']")!.GetAttribute("aria-current"));

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        Assert.Equal("Artículos sobre «Tema»", (await spanish.GetDocumentAsync($"/blog?tag={tag}")).QuerySelector("h1")!.TextContent);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/blog?tag=no-such-topic")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/blog?page=999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/blog/{hidden}")).StatusCode);
    }

    [Fact]
    public async Task Previous_and_next_links_follow_the_publication_dates()
    {
        // Dates of their own, so that posts from other tests do not fall between them.
        var day = new DateTime(1994, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = Slug("first");
        var middle = Slug("middle");
        var last = Slug("last");
        await PublishedPostAsync(app, first, day, "First post");
        await PublishedPostAsync(app, middle, day.AddDays(5), "Middle post");
        await PublishedPostAsync(app, last, day.AddDays(9), "Last post");

        var visitor = app.CreateBrowserClient();
        var page = await visitor.GetDocumentAsync($"/blog/{middle}");
        Assert.Equal($"/blog/{first}", page.QuerySelector(".post-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("First post", page.QuerySelector(".post-nav a[rel=prev]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/blog/{last}", page.QuerySelector(".post-nav a[rel=next]")!.GetAttribute("href"));
        Assert.Equal($"/blog/{middle}", (await visitor.GetDocumentAsync($"/blog/{last}")).QuerySelector(".post-nav a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal($"/blog/{middle}", (await visitor.GetDocumentAsync($"/blog/{first}")).QuerySelector(".post-nav a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_atom_feed_is_well_formed_and_carries_each_post()
    {
        var slug = Slug("feed");
        var id = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date, "Rights <& wrongs>", "Derechos");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BlogService>().AddTagAsync(id, "Due process", "Debido proceso");
        }

        var response = await app.CreateBrowserClient().GetAsync(BlogFeeds.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Equal(atom + "feed", feed.Root!.Name);
        Assert.NotNull(feed.Root.Element(atom + "updated"));
        var entry = feed.Root.Elements(atom + "entry").Single(e => e.Element(atom + "link")!.Attribute("href")!.Value == $"http://localhost/blog/{slug}");
        Assert.Equal("Rights <& wrongs>", entry.Element(atom + "title")!.Value);
        Assert.Equal($"http://localhost/blog/posts/{id}", entry.Element(atom + "id")!.Value);
        Assert.Equal("Test Author", entry.Element(atom + "author")!.Element(atom + "name")!.Value);
        Assert.Equal("due-process", entry.Element(atom + "category")!.Attribute("term")!.Value);
        Assert.Equal("What the post is about.", entry.Element(atom + "summary")!.Value);
        Assert.Contains("<strong>text</strong>", entry.Element(atom + "content")!.Value, StringComparison.Ordinal);

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = XDocument.Parse(await spanish.GetStringAsync(BlogFeeds.Path));
        Assert.Equal("es", es.Root!.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Contains(es.Root.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value == "Derechos");
    }

    [Fact]
    public async Task A_campaign_page_shows_its_latest_posts()
    {
        int campaignId;
        var campaignSlug = Slug("campaign");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
            campaignId = (await campaigns.CreateAsync(new CampaignInput(campaignSlug, "With a blog", null, "Call.", null, null, null, CampaignStatus.Active))).Id!.Value;
            await campaigns.SetPublishedAsync(campaignId, true);
        }

        var visitor = app.CreateBrowserClient();
        Assert.Null((await visitor.GetDocumentAsync($"/campaigns/{campaignSlug}")).QuerySelector("#campaign-posts-heading"));
        // Titles set as localized strings reach the <title> too (the layout once read only plain strings).
        Assert.Equal("Campaigns – Fairwatch", (await visitor.GetDocumentAsync("/campaigns")).Title);
        Assert.Equal("Blog – Fairwatch", (await visitor.GetDocumentAsync("/blog")).Title);

        var slugs = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            slugs.Add(Slug($"campaign-post-{i}"));
            await PublishedPostAsync(app, slugs[i], DateTime.UtcNow.Date.AddDays(-10 + i), $"Campaign post {i}", campaignId: campaignId);
        }

        // Publishing a post evicted the cached campaign page.
        var page = await visitor.GetDocumentAsync($"/campaigns/{campaignSlug}");
        Assert.Equal("From the blog", page.QuerySelector("#campaign-posts-heading")!.TextContent);
        Assert.Equal(
            [$"/blog/{slugs[3]}", $"/blog/{slugs[2]}", $"/blog/{slugs[1]}"],
            page.QuerySelectorAll(".campaign-posts h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"/campaigns/{campaignSlug}", (await visitor.GetDocumentAsync($"/blog/{slugs[0]}")).QuerySelector(".post__campaign a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Campaign_staff_write_preview_and_publish_a_post_and_readers_see_changes_at_once()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var visitor = app.CreateBrowserClient();
        var slug = Slug("staff-post");

        var author = await staff.SubmitAsync("/staff/blog/authors", new Dictionary<string, string>
        {
            ["Author.Name"] = "Staff Writer", ["Author.BioEn"] = "Writes for us.", ["Author.BioEs"] = "Escribe para nosotros.",
        });
        Assert.Equal("/staff/blog/authors", author.Location());
        var authorId = (await staff.GetDocumentAsync("/staff/blog/authors")).QuerySelectorAll("table a")
            .Single(a => a.TextContent == "Staff Writer").GetAttribute("href")!.Split('/')[^1];

        var created = await staff.SubmitAsync("/staff/blog", new Dictionary<string, string>
        {
            ["Post.Slug"] = slug, ["Post.TitleEn"] = "Written by staff", ["Post.AuthorId"] = authorId, ["Post.PublishedAt"] = "2026-01-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Location();

        // Publishing before the post has a text is refused, with the reason.
        var early = await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Publish']");
        Assert.Contains("before you publish", (await HtmlForms.ParseAsync(early)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var saved = await staff.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Post.Slug"] = slug, ["Post.TitleEn"] = "Written by staff", ["Post.TitleEs"] = "Escrito por el personal",
            ["Post.SummaryEn"] = "A summary.", ["Post.BodyEn"] = "The body with a [link](https://example.org).",
            ["Post.AuthorId"] = authorId, ["Post.PublishedAt"] = "2026-01-15", ["Post.CampaignId"] = "",
        }, "form[action$='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Tag.NameEn"] = "Staff picks", ["Tag.NameEs"] = "Selección" }, "form[action$='handler=AddTag']");
        await staff.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Fact.TextEn"] = "A fact.", ["Fact.SourceTitleEn"] = "The source", ["Fact.SourceUrl"] = "https://source.example/",
        }, "form[action$='handler=AddFact']");
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Social.TextEn"] = "Share me", ["Social.HashtagsEn"] = "#Staff" }, "form[action$='handler=AddSocial']");

        var badFact = await staff.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Fact.TextEn"] = "Kept fact text", ["Fact.SourceTitleEn"] = "Kept source", ["Fact.SourceUrl"] = "javascript:alert(1)",
        }, "form[action$='handler=AddFact']");
        var badFactPage = await HtmlForms.ParseAsync(badFact);
        Assert.Contains("The source must be a web address", badFactPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept fact text", badFactPage.QuerySelector("textarea[name='Fact.TextEn']")!.TextContent);
        Assert.Equal("javascript:alert(1)", badFactPage.QuerySelector("input[name='Fact.SourceUrl']")!.GetAttribute("value"));

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/blog/{slug}")).StatusCode);
        var preview = await staff.GetDocumentAsync($"{editUrl}/preview");
        Assert.Contains("not published", preview.QuerySelector(".preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Written by staff", preview.QuerySelector("h1")!.TextContent);
        Assert.Equal("A fact.", preview.QuerySelector(".facts__item p")!.TextContent);
        Assert.Equal("Escrito por el personal", (await staff.GetDocumentAsync($"{editUrl}/preview?lang=es")).QuerySelector("h1")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Publish']")).StatusCode);
        var published = await visitor.GetDocumentAsync($"/blog/{slug}");
        Assert.Equal("Written by staff", published.QuerySelector("h1")!.TextContent);
        Assert.Equal("Share me #Staff", published.QuerySelector(".share__post textarea")!.TextContent);
        Assert.Equal("Staff picks", published.QuerySelector(".post__header .tag")!.TextContent);

        await staff.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Post.Slug"] = slug, ["Post.TitleEn"] = "Retitled by staff", ["Post.SummaryEn"] = "A summary.", ["Post.BodyEn"] = "Body.",
            ["Post.AuthorId"] = authorId, ["Post.PublishedAt"] = "2026-01-15",
        }, "form[action$='handler=Save']");
        Assert.Equal("Retitled by staff", (await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelector("h1")!.TextContent);

        await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Unpublish']");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/blog/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Delete']")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(editUrl)).StatusCode);
    }

    [Fact]
    public async Task Only_campaign_staff_and_administrators_open_the_blog_and_comment_sections()
    {
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var admin = await app.SignedInStaffAsync(StaffRoles.Administrator);

        foreach (var path in new[] { "/staff/blog", "/staff/blog/authors", "/staff/comments" })
        {
            Assert.StartsWith("http://localhost/account/access-denied", (await volunteer.GetAsync(path)).Location(), StringComparison.Ordinal);
            Assert.StartsWith("http://localhost/account/sign-in", (await app.CreateBrowserClient().GetAsync(path)).Location(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
        }

        var dashboard = await admin.GetDocumentAsync("/staff");
        Assert.Contains(dashboard.QuerySelectorAll(".section-list a"), a => a.GetAttribute("href") == "/staff/comments");
        Assert.DoesNotContain((await volunteer.GetDocumentAsync("/staff")).QuerySelectorAll(".section-list a"), a => a.GetAttribute("href") == "/staff/blog");
    }
}

public sealed class BlogOnSqlite(SqliteApp app) : BlogTests(app), IClassFixture<SqliteApp>;

public sealed class BlogOnPostgres(PostgresApp app) : BlogTests(app), IClassFixture<PostgresApp>;
