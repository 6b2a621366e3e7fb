using System.Net;
using AngleSharp.Html.Dom;
using Fairwatch.Accounts;
using Fairwatch.Blog;
using Fairwatch.Comments;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Blog.BlogTestData;

namespace Fairwatch.IntegrationTests.Blog;

/// <summary>A visitor comments on a post; a moderator decides; the public never sees the address.</summary>
public abstract class CommentTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_comment_is_held_then_approved_by_a_moderator_and_then_shown_without_its_address()
    {
        var slug = Slug("conversation");
        var postId = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date.AddDays(-1), "Let's talk");
        var email = $"reader-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        // Read (and cache) the post first, so the test also proves that approving evicts it.
        Assert.Equal("Comments (0)", (await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelector("#comments-heading")!.TextContent);
        Assert.Equal($"/blog/{slug}/comment", (await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelector(".comments-section a.button")!.GetAttribute("href"));

        var sent = await SendAsync(visitor, slug, postId, "Rosa", email, "First line <b>not bold</b>\nSecond line");

        Assert.Equal($"/blog/{slug}/comment?sent=held", sent.Location());
        var thanks = await visitor.GetDocumentAsync(sent.Location());
        Assert.Contains("Your comment is waiting for moderation.", thanks.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(thanks.QuerySelector("main form"));
        Assert.Empty((await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelectorAll(".comment"));

        var moderator = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var queue = await moderator.GetDocumentAsync("/staff/comments");
        var item = queue.QuerySelectorAll(".moderation__item").Single(i => i.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Rosa", item.QuerySelector(".moderation__who")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/blog/{slug}", item.QuerySelector(".moderation__meta a")!.GetAttribute("href"));
        Assert.Matches(@"Waiting\s*\(\d+\)", queue.QuerySelector(".tabs a[aria-current=page]")!.TextContent);
        var approved = await moderator.SubmitAsync(queue, "/staff/comments", new Dictionary<string, string>(), $"#{item.Id} form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("Comment published.", (await moderator.GetDocumentAsync(approved.Location())).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var post = await visitor.GetAsync($"/blog/{slug}");
        var html = await post.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var comment = Assert.Single(page.QuerySelectorAll(".comment"));
        Assert.Equal("Rosa", comment.QuerySelector(".comment__name")!.TextContent);
        Assert.Equal("<p>First line &lt;b&gt;not bold&lt;/b&gt;<br>Second line</p>", comment.QuerySelector(".comment__body")!.InnerHtml);
        Assert.Equal("Comments (1)", page.QuerySelector("#comments-heading")!.TextContent);

        foreach (var path in new[] { $"/blog/{slug}", "/blog", BlogFeeds.Path, $"/blog/{slug}/comment", $"/blog/{slug}/comment?sent=held" })
        {
            var body = await visitor.GetStringAsync(path);
            Assert.DoesNotContain(email, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(email.Split('@')[0], body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain(email, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Mistakes_are_explained_and_what_was_typed_is_kept()
    {
        var slug = Slug("mistakes");
        var postId = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date, "Mistakes");
        var visitor = app.CreateBrowserClient();

        var missing = await SendAsync(visitor, slug, postId, "Kept Name", "", "Kept text\nover two lines");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var page = await HtmlForms.ParseAsync(missing);
        Assert.Contains("Enter your e-mail address.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Comment_Email", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Kept Name", page.QuerySelector("input[name='Comment.Name']")!.GetAttribute("value"));
        Assert.Equal("Kept text\nover two lines", page.QuerySelector("textarea[name='Comment.Body']")!.TextContent.TrimStart('\n'));

        var links = await SendAsync(visitor, slug, postId, "Linker", "linker@example.org", "See https://a.example, https://b.example and https://c.example");
        var linksPage = await HtmlForms.ParseAsync(links);
        Assert.Contains("too many links", linksPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Comment_Body", linksPage.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("linker@example.org", linksPage.QuerySelector("input[name='Comment.Email']")!.GetAttribute("value"));

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await HtmlForms.ParseAsync(await SendAsync(spanish, slug, postId, "", "x@example.org", "Hola"));
        Assert.Contains("Escriba su nombre.", es.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(0, await CountAsync(postId));
    }

    [Fact]
    public async Task A_comment_sent_straight_back_is_refused_as_too_fast_and_keeps_its_text_and_stamp()
    {
        var slug = Slug("too-fast");
        var postId = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date, "Speed");
        var visitor = app.CreateBrowserClient();
        var form = await visitor.GetDocumentAsync($"/blog/{slug}/comment");
        var stamp = ((IHtmlInputElement)form.QuerySelector("input[name='Comment.Stamp']")!).Value;

        // The page's own stamp, sent back at once: no person writes that fast.
        var response = await visitor.SubmitAsync(form, $"/blog/{slug}/comment", new Dictionary<string, string>
        {
            ["Comment.Name"] = "Speedy", ["Comment.Email"] = "speedy@example.org", ["Comment.Body"] = "Typed in no time",
        });

        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("quicker than anyone can write", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Typed in no time", page.QuerySelector("textarea[name='Comment.Body']")!.TextContent.Trim());
        Assert.Equal(stamp, ((IHtmlInputElement)page.QuerySelector("input[name='Comment.Stamp']")!).Value);
        Assert.Equal(0, await CountAsync(postId));

        var forged = await SendAsync(visitor, slug, postId, "Forger", "forger@example.org", "Hi", stamp: "not-a-stamp");
        Assert.Contains("could not check this form", (await HtmlForms.ParseAsync(forged)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(postId));
    }

    [Fact]
    public async Task A_filled_honeypot_is_thanked_but_nothing_is_kept()
    {
        var slug = Slug("honeypot");
        var postId = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date, "Bots");

        var response = await SendAsync(app.CreateBrowserClient(), slug, postId, "Bot", "bot@example.org", "Buy now", homepage: "https://spam.example");

        Assert.Equal($"/blog/{slug}/comment?sent=held", response.Location());
        Assert.Equal(0, await CountAsync(postId));
    }

    [Fact]
    public async Task A_trusted_commenter_appears_at_once_and_a_banned_one_is_refused()
    {
        var slug = Slug("regulars");
        var postId = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date, "Regulars");
        var regular = $"Regular-{Guid.NewGuid():N}@Example.org";
        var troll = $"troll-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        await SendAsync(visitor, slug, postId, "Regular", regular, "My first comment");
        await SendAsync(visitor, slug, postId, "Troll", troll, "Something nasty");

        var moderator = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var queue = await moderator.GetDocumentAsync("/staff/comments");
        var regularItem = queue.QuerySelectorAll(".moderation__item").Single(i => i.TextContent.Contains(regular.ToLowerInvariant(), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync(queue, "/staff/comments", new Dictionary<string, string>(), $"#{regularItem.Id} form[action*='handler=Trust']")).StatusCode);
        queue = await moderator.GetDocumentAsync("/staff/comments");
        var trollItem = queue.QuerySelectorAll(".moderation__item").Single(i => i.TextContent.Contains(troll, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SubmitAsync(queue, "/staff/comments", new Dictionary<string, string>(), $"#{trollItem.Id} form[action*='handler=Ban']")).StatusCode);

        var standings = (await moderator.GetDocumentAsync("/staff/comments")).QuerySelector("[aria-labelledby=standings-heading]")!.TextContent;
        Assert.Contains(regular.ToLowerInvariant(), standings, StringComparison.Ordinal);
        Assert.Contains(troll, standings, StringComparison.Ordinal);
        Assert.Equal(["My first comment"], (await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelectorAll(".comment__body").Select(c => c.TextContent));

        var again = await SendAsync(visitor, slug, postId, "Regular", regular.ToUpperInvariant(), "Straight through");
        Assert.Equal($"/blog/{slug}/comment?sent=published", again.Location());
        Assert.Contains("Your comment is published.", (await visitor.GetDocumentAsync(again.Location())).QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["My first comment", "Straight through"], (await visitor.GetDocumentAsync($"/blog/{slug}")).QuerySelectorAll(".comment__body").Select(c => c.TextContent));

        var refused = await SendAsync(visitor, slug, postId, "Troll", troll, "Let me back in");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await HtmlForms.ParseAsync(refused);
        Assert.Contains("Comments from this e-mail address are not accepted.", refusedPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Let me back in", refusedPage.QuerySelector("textarea[name='Comment.Body']")!.TextContent.Trim());
        Assert.Equal(3, await CountAsync(postId));

        // Lifting the trust sends the next comment back to the queue.
        queue = await moderator.GetDocumentAsync("/staff/comments");
        var clear = queue.QuerySelectorAll("[aria-labelledby=standings-heading] li").Single(li => li.TextContent.Contains(regular.ToLowerInvariant(), StringComparison.Ordinal));
        var form = (IHtmlFormElement)clear.QuerySelector("form")!;
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(form.QuerySelectorAll("input").OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))))).StatusCode);
        Assert.Equal($"/blog/{slug}/comment?sent=held", (await SendAsync(visitor, slug, postId, "Regular", regular, "Back in the queue")).Location());
    }

    [Fact]
    public async Task Comments_on_a_post_that_is_not_public_are_not_taken()
    {
        int draftId;
        var slug = Slug("draft");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var blog = scope.ServiceProvider.GetRequiredService<BlogService>();
            draftId = (await blog.CreateAsync(new PostInput(slug, "Draft", null, null, null, null, null, await AuthorAsync(app), DateTime.UtcNow.Date, null))).Id!.Value;
        }

        var visitor = app.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/blog/{slug}/comment")).StatusCode);
        var stamp = await WrittenAMinuteAgoAsync(app, draftId);
        var post = await visitor.PostAsync($"/blog/{slug}/comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Comment.Name"] = "Early", ["Comment.Email"] = "early@example.org", ["Comment.Body"] = "Hello", ["Comment.Stamp"] = stamp,
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(0, await CountAsync(draftId));
    }

    /// <summary>Fills the comment form like a person who took a minute to write.</summary>
    private async Task<HttpResponseMessage> SendAsync(
        HttpClient client, string slug, int postId, string name, string email, string body, string? homepage = null, string? stamp = null)
    {
        var url = $"/blog/{slug}/comment";
        var fields = new Dictionary<string, string>
        {
            ["Comment.Name"] = name,
            ["Comment.Email"] = email,
            ["Comment.Body"] = body,
            ["Comment.Homepage"] = homepage ?? "",
            ["Comment.Stamp"] = stamp ?? await WrittenAMinuteAgoAsync(app, postId),
        };
        return await client.SubmitAsync(url, fields);
    }

    private Task<int> CountAsync(int postId) =>
        app.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.TargetKind == CommentTargets.Post && c.TargetId == postId));
}

public sealed class CommentsOnSqlite(SqliteApp app) : CommentTests(app), IClassFixture<SqliteApp>;

public sealed class CommentsOnPostgres(PostgresApp app) : CommentTests(app), IClassFixture<PostgresApp>;

/// <summary>The per-network limit, on an app configured with a small one.</summary>
public sealed class CommentRateLimitTests(CommentRateLimitTests.LowLimitApp app) : IClassFixture<CommentRateLimitTests.LowLimitApp>
{
    public sealed class LowLimitApp : SqliteApp
    {
        public LowLimitApp() => Set("Comments:FormPostsPerTenMinutes", "2");
    }

    [Fact]
    public async Task Too_many_posts_from_one_network_are_turned_away_and_reading_is_not_limited()
    {
        var slug = Slug("flood");
        var postId = await PublishedPostAsync(app, slug, DateTime.UtcNow.Date, "Flood");
        var client = app.CreateBrowserClient();

        for (var i = 0; i < 2; i++)
        {
            var stamp = await WrittenAMinuteAgoAsync(app, postId);
            var ok = await client.SubmitAsync($"/blog/{slug}/comment", new Dictionary<string, string>
            {
                ["Comment.Name"] = "Flood", ["Comment.Email"] = $"flood{i}@example.org", ["Comment.Body"] = "Again", ["Comment.Stamp"] = stamp,
            });
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        var refused = await client.SubmitAsync($"/blog/{slug}/comment", new Dictionary<string, string>
        {
            ["Comment.Name"] = "Flood", ["Comment.Email"] = "flood9@example.org", ["Comment.Body"] = "Again", ["Comment.Stamp"] = await WrittenAMinuteAgoAsync(app, postId),
        });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/blog/{slug}/comment")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.TargetId == postId)));
    }
}
