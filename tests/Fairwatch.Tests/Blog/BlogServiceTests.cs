using Fairwatch.Blog;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Blog;

public sealed class BlogServiceTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("ab")]
    [InlineData("Capitals")]
    [InlineData("has space")]
    [InlineData("feed.atom")]
    [InlineData("../admin")]
    public async Task Refuses_an_address_that_is_not_a_clean_slug(string slug)
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var author = await AuthorAsync(blog);

        var result = await blog.CreateAsync(Input(slug, author));

        Assert.False(result.Succeeded);
        Assert.Equal(nameof(PostInput.Slug), result.Field);
        Assert.Empty(await blog.ListAllAsync());
    }

    [Fact]
    public async Task A_post_needs_an_existing_author_and_a_unique_address()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var author = await AuthorAsync(blog);

        Assert.Equal(nameof(PostInput.AuthorId), (await blog.CreateAsync(Input("no-author", author + 100))).Field);
        Assert.True((await blog.CreateAsync(Input("taken", author))).Succeeded);
        Assert.Equal(nameof(PostInput.Slug), (await blog.CreateAsync(Input("taken", author))).Field);
        Assert.Equal(nameof(PostInput.CampaignId), (await blog.CreateAsync(Input("no-campaign", author) with { CampaignId = 999 })).Field);
    }

    [Fact]
    public async Task Only_published_posts_dated_today_or_earlier_are_public_and_publishing_needs_a_text()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var author = await AuthorAsync(blog);
        var draft = (await blog.CreateAsync(Input("draft", author) with { SummaryEn = null, BodyEn = null })).Id!.Value;
        var scheduled = (await blog.CreateAsync(Input("scheduled", author, DateTime.UtcNow.AddDays(2)))).Id!.Value;

        var refused = await blog.SetPublishedAsync(draft, true);
        Assert.False(refused.Succeeded);
        Assert.Contains("before you publish", refused.Error, StringComparison.Ordinal);
        Assert.True((await blog.SetPublishedAsync(scheduled, true)).Succeeded);

        Assert.Null(await blog.FindPageAsync("draft"));
        Assert.Null(await blog.FindPageAsync("scheduled"));
        Assert.Empty((await blog.ListVisibleAsync(null, 1))!.Posts);
        Assert.Empty(await blog.FeedAsync());
        Assert.NotNull(await blog.PreviewAsync(draft));

        await blog.SaveAsync(scheduled, Input("scheduled", author, DateTime.UtcNow.AddDays(-1)));
        Assert.NotNull(await blog.FindPageAsync("scheduled"));
        Assert.False((await blog.SaveAsync(scheduled, Input("scheduled", author) with { BodyEn = " " })).Succeeded);
        await blog.SetPublishedAsync(scheduled, false);
        Assert.Null(await blog.FindPageAsync("scheduled"));
    }

    [Fact]
    public async Task Previous_and_next_follow_the_dates_of_public_posts_only()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var author = await AuthorAsync(blog);
        var day = DateTime.UtcNow.Date.AddDays(-10);
        await PublishedAsync(blog, Input("first", author, day));
        await PublishedAsync(blog, Input("second-same-day", author, day));
        await blog.CreateAsync(Input("hidden-draft", author, day.AddDays(1)));
        await PublishedAsync(blog, Input("third", author, day.AddDays(2)));

        var first = (await blog.FindPageAsync("first"))!;
        var second = (await blog.FindPageAsync("second-same-day"))!;
        var third = (await blog.FindPageAsync("third"))!;

        Assert.Null(first.Older);
        Assert.Equal("second-same-day", first.Newer!.Slug);
        Assert.Equal("first", second.Older!.Slug);
        Assert.Equal("third", second.Newer!.Slug);
        Assert.Equal("second-same-day", third.Older!.Slug);
        Assert.Null(third.Newer);
        Assert.Equal(["third", "second-same-day", "first"], (await blog.ListVisibleAsync(null, 1))!.Posts.Select(p => p.Slug));
    }

    [Fact]
    public async Task Tags_are_shared_by_their_english_name_and_filter_the_list()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var author = await AuthorAsync(blog);
        var one = await PublishedAsync(blog, Input("one", author));
        var two = await PublishedAsync(blog, Input("two", author));
        var draft = (await blog.CreateAsync(Input("draft", author))).Id!.Value;

        await blog.AddTagAsync(one, "Detención ", null);
        await blog.AddTagAsync(two, "detencion", "Detención");
        await blog.AddTagAsync(two, "Human Rights", "Derechos humanos");
        await blog.AddTagAsync(two, "Human rights", null);
        await blog.AddTagAsync(draft, "Secret plans", null);
        Assert.False((await blog.AddTagAsync(one, "¿?", null)).Succeeded);

        var tags = await blog.ListTagsInUseAsync();
        Assert.Equal([("detencion", 2), ("human-rights", 1)], tags.Select(t => (t.Tag.Slug, t.Count)).OrderBy(t => t.Slug));
        Assert.Equal("Detención", tags.Single(t => t.Tag.Slug == "detencion").Tag.Name.Es);
        Assert.Equal(["two", "one"], (await blog.ListVisibleAsync("detencion", 1))!.Posts.Select(p => p.Slug));
        Assert.Equal(["two"], (await blog.ListVisibleAsync("human-rights", 1))!.Posts.Select(p => p.Slug));
        Assert.Empty((await blog.ListVisibleAsync("secret-plans", 1))!.Posts);
        Assert.Null(await blog.ListVisibleAsync("no-such-tag", 1));
        Assert.Null(await blog.ListVisibleAsync(null, 2));
        Assert.Null(await blog.ListVisibleAsync(null, 0));

        var tag = (await blog.FindAsync(two))!.Tags.Single(t => t.Slug == "human-rights");
        await blog.RemoveTagAsync(two, tag.Id);
        Assert.Empty((await blog.ListVisibleAsync("human-rights", 1))!.Posts);
    }

    [Theory]
    [InlineData("Derechos Humanos", "derechos-humanos")]
    [InlineData("  Alternatives to detention! ", "alternatives-to-detention")]
    [InlineData("Niñez & familias", "ninez-familias")]
    [InlineData("2026", "2026")]
    [InlineData("¿¡!?", "")]
    public void Tag_addresses_are_plain_lower_case_words(string name, string slug) => Assert.Equal(slug, Fairwatch.Web.Slugs.From(name, BlogLimits.TagName));

    [Fact]
    public async Task Facts_keep_their_order_need_a_web_source_and_move_one_place_at_a_time()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var id = (await blog.CreateAsync(Input("facts", await AuthorAsync(blog)))).Id!.Value;
        foreach (var text in new[] { "One", "Two", "Three" })
        {
            Assert.True((await blog.AddFactAsync(id, new FactInput(text, null, "Census", null, "https://www.census.gov/"))).Succeeded);
        }

        foreach (var url in new[] { "javascript:alert(1)", "/relative", "data:text/html,x", "" })
        {
            var refused = await blog.AddFactAsync(id, new FactInput("Bad", null, "Source", null, url));
            Assert.Equal(nameof(FactInput.SourceUrl), refused.Field);
        }

        var three = (await blog.FindAsync(id))!.Facts.Single(f => f.Text.En == "Three");
        await blog.MoveFactAsync(id, three.Id, up: true);
        await blog.MoveFactAsync(id, three.Id, up: true);
        await blog.MoveFactAsync(id, three.Id, up: true);
        Assert.Equal(["Three", "One", "Two"], (await blog.FindAsync(id))!.Facts.Select(f => f.Text.En));

        await blog.RemoveFactAsync(id, three.Id);
        Assert.Equal(["One", "Two"], (await blog.FindAsync(id))!.Facts.Select(f => f.Text.En));
    }

    [Fact]
    public async Task Sample_posts_carry_well_formed_hashtags_and_copy_with_them()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var id = (await blog.CreateAsync(Input("social", await AuthorAsync(blog)))).Id!.Value;

        Assert.False((await blog.AddSocialPostAsync(id, new SocialPostInput("Share this", null, "DueProcess", null))).Succeeded);
        Assert.False((await blog.AddSocialPostAsync(id, new SocialPostInput("Share this", null, "#Due Process", null))).Succeeded);
        Assert.False((await blog.AddSocialPostAsync(id, new SocialPostInput("Share this", null, "#ok", "#<script>"))).Succeeded);
        Assert.True((await blog.AddSocialPostAsync(id, new SocialPostInput("Share this", "Comparta esto", " #DueProcess   #FairHearings ", "#DebidoProceso"))).Succeeded);
        Assert.True((await blog.AddSocialPostAsync(id, new SocialPostInput("No tags", null, null, null))).Succeeded);

        var posts = (await blog.FindAsync(id))!.SocialPosts;
        Assert.Equal("Share this #DueProcess #FairHearings", posts[0].FullText("en"));
        Assert.Equal("Comparta esto #DebidoProceso", posts[0].FullText("es"));
        Assert.Equal("No tags", posts[1].FullText("es"));
    }

    [Fact]
    public async Task Only_a_draft_can_be_deleted_and_its_comments_go_with_it()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var author = await AuthorAsync(blog);
        var id = await PublishedAsync(blog, Input("goes-away", author));
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        db.Add(new Comment { TargetKind = CommentTargets.Post, TargetId = id, Name = "A", Email = "a@example.org", Body = "Hi", CreatedAt = DateTime.UtcNow });
        db.Add(new Comment { TargetKind = "film", TargetId = id, Name = "B", Email = "b@example.org", Body = "Hi", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        Assert.False((await blog.DeleteAsync(id)).Succeeded);
        await blog.SetPublishedAsync(id, false);
        Assert.True((await blog.DeleteAsync(id)).Succeeded);

        Assert.Null(await blog.FindAsync(id));
        Assert.Equal(["film"], await db.Set<Comment>().Select(c => c.TargetKind).ToListAsync());
    }

    [Fact]
    public async Task An_author_with_posts_cannot_be_deleted()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var busy = await AuthorAsync(blog);
        var idle = await AuthorAsync(blog);
        await blog.CreateAsync(Input("busy-post", busy));

        Assert.False((await blog.DeleteAuthorAsync(busy)).Succeeded);
        Assert.True((await blog.DeleteAuthorAsync(idle)).Succeeded);
        Assert.Equal([1], (await blog.ListAuthorsAsync()).Select(a => a.Posts));
    }

    [Fact]
    public async Task A_campaign_shows_its_three_latest_public_posts()
    {
        await using var scope = _app.Scope();
        var blog = Blog(scope);
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var campaign = (await campaigns.CreateAsync(new CampaignInput("with-posts", "Campaign", null, "Call", null, null, null, CampaignStatus.Active))).Id!.Value;
        await campaigns.SetPublishedAsync(campaign, true);
        var author = await AuthorAsync(blog);
        for (var i = 1; i <= 4; i++)
        {
            await PublishedAsync(blog, Input($"campaign-post-{i}", author, DateTime.UtcNow.Date.AddDays(-10 + i)) with { CampaignId = campaign });
        }

        await blog.CreateAsync(Input("campaign-draft", author) with { CampaignId = campaign });
        await PublishedAsync(blog, Input("elsewhere", author));

        Assert.Equal(["campaign-post-4", "campaign-post-3", "campaign-post-2"], (await blog.LatestForCampaignAsync(campaign)).Select(p => p.Slug));
        Assert.Equal("with-posts", (await blog.FindPageAsync("campaign-post-1"))!.Campaign!.Slug);
        Assert.Null((await blog.FindPageAsync("elsewhere"))!.Campaign);
    }

    [Fact]
    public async Task The_demo_posts_are_seeded_once_for_the_demo_campaign()
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        await CampaignDemo.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
        await BlogDemo.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
        await BlogDemo.SeedAsync(db, DateTime.UtcNow, CancellationToken.None);
        var blog = Blog(scope);

        var campaign = (await scope.ServiceProvider.GetRequiredService<CampaignService>().FindPublishedAsync("due-process"))!;
        var posts = await blog.LatestForCampaignAsync(campaign.Id);
        Assert.Equal(3, posts.Count);
        Assert.Equal(3, (await blog.ListVisibleAsync(null, 1))!.Posts.Count);
        foreach (var post in posts)
        {
            var page = (await blog.FindPageAsync(post.Slug))!;
            Assert.NotEmpty(page.Post.Facts);
            Assert.All(page.Post.Facts, f => Assert.StartsWith("https://", f.SourceUrl, StringComparison.Ordinal));
            Assert.All(page.Post.Facts, f => Assert.False(string.IsNullOrWhiteSpace(f.Text.Es)));
            Assert.NotEmpty(page.Post.SocialPosts);
            Assert.False(string.IsNullOrWhiteSpace(page.Post.Body.Es));
            Assert.False(string.IsNullOrWhiteSpace(page.Post.Author.Bio.Es));
        }

        var counts = await scope.ServiceProvider.GetRequiredService<CommentService>().CountsAsync();
        Assert.Equal(3, counts[CommentStatus.Approved]);
        Assert.Equal(1, counts[CommentStatus.Pending]);
    }

    private static BlogService Blog(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<BlogService>();

    private static PostInput Input(string slug, int author, DateTime? date = null) =>
        new(slug, $"Title of {slug}", null, "A summary.", null, "Some *text*.", null, author, date ?? DateTime.UtcNow.Date.AddDays(-1), null);

    private static async Task<int> AuthorAsync(BlogService blog) =>
        (await blog.CreateAuthorAsync(new AuthorInput("Author " + Guid.NewGuid().ToString("N")[..6], "Bio", null))).Id!.Value;

    private static async Task<int> PublishedAsync(BlogService blog, PostInput input)
    {
        var id = (await blog.CreateAsync(input)).Id!.Value;
        Assert.True((await blog.SetPublishedAsync(id, true)).Succeeded);
        return id;
    }
}
