using System.Text.RegularExpressions;
using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Search;
using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Blog;

public sealed record PostInput(
    string Slug, string TitleEn, string? TitleEs, string? SummaryEn, string? SummaryEs, string? BodyEn, string? BodyEs,
    int AuthorId, DateTime PublishedAt, int? CampaignId);

public sealed record AuthorInput(string Name, string? BioEn, string? BioEs);

public sealed record FactInput(string TextEn, string? TextEs, string SourceTitleEn, string? SourceTitleEs, string SourceUrl);

public sealed record SocialPostInput(string TextEn, string? TextEs, string? HashtagsEn, string? HashtagsEs);

public sealed record BlogPostLink(string Slug, LocalizedText Title);

public sealed record BlogListing(IReadOnlyList<BlogPost> Posts, BlogTag? Tag, int Page, bool HasMore);

public sealed record TagCount(BlogTag Tag, int Count);

/// <summary>Everything the public post page shows.</summary>
public sealed record BlogPostPage(
    BlogPost Post, Campaign? Campaign, BlogPostLink? Older, BlogPostLink? Newer, PublishedComments Comments);

public sealed record AuthorSummary(BlogAuthor Author, int Posts);

/// <summary>Blog use cases for readers and for campaign staff.</summary>
public sealed partial class BlogService(
    FairwatchDb db, TimeProvider clock, IOutputCacheStore cache, CampaignService campaigns, CommentService comments, UploadService uploads)
    : ISearchSource
{
    public const int PageSize = 10;

    public async Task<BlogListing?> ListVisibleAsync(string? tagSlug, int page, CancellationToken cancellationToken = default)
    {
        if (page < 1)
        {
            return null;
        }

        BlogTag? tag = null;
        var posts = Visible().Include(p => p.Author).Include(p => p.Tags.OrderBy(t => t.Slug)).AsSplitQuery();
        if (tagSlug is not null)
        {
            tag = await db.Set<BlogTag>().AsNoTracking().SingleOrDefaultAsync(t => t.Slug == tagSlug, cancellationToken);
            if (tag is null)
            {
                return null;
            }

            var tagId = tag.Id;
            posts = posts.Where(p => p.Tags.Any(t => t.Id == tagId));
        }

        var found = await posts.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken);
        if (page > 1 && found.Count == 0)
        {
            return null;
        }

        return new BlogListing([.. found.Take(PageSize)], tag, page, found.Count > PageSize);
    }

    /// <summary>The tags of visible posts, with how many visible posts carry each.</summary>
    public async Task<IReadOnlyList<TagCount>> ListTagsInUseAsync(CancellationToken cancellationToken = default)
    {
        var counts = await Visible().SelectMany(p => p.Tags).GroupBy(t => t.Id)
            .Select(g => new { Id = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.Id).ToList();
        var tags = await db.Set<BlogTag>().AsNoTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken);
        return [.. tags.Select(t => new TagCount(t, counts.Single(c => c.Id == t.Id).Count))
            .OrderBy(t => t.Tag.Name.Current, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<BlogPostPage?> FindPageAsync(string slug, int commentPage = 1, CancellationToken cancellationToken = default)
    {
        var post = await WithEverything(Visible()).FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        if (post is null)
        {
            return null;
        }

        var campaign = await CampaignOfAsync(post.CampaignId, cancellationToken);
        var older = await Visible()
            .Where(p => p.PublishedAt < post.PublishedAt || (p.PublishedAt == post.PublishedAt && p.Id < post.Id))
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id)
            .Select(p => new BlogPostLink(p.Slug, p.Title)).FirstOrDefaultAsync(cancellationToken);
        var newer = await Visible()
            .Where(p => p.PublishedAt > post.PublishedAt || (p.PublishedAt == post.PublishedAt && p.Id > post.Id))
            .OrderBy(p => p.PublishedAt).ThenBy(p => p.Id)
            .Select(p => new BlogPostLink(p.Slug, p.Title)).FirstOrDefaultAsync(cancellationToken);
        var published = await comments.ListPublishedAsync(CommentTargets.Post, post.Id, commentPage, cancellationToken);
        return published is null ? null : new BlogPostPage(post, campaign, older, newer, published);
    }

    /// <summary>Visible posts whose title, summary or text holds every term, in either language.</summary>
    public async Task<IReadOnlyList<SearchCandidate>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var found = await Visible()
            .ContainingAll(p => p.Title.En + " " + (p.Title.Es ?? "") + " " + p.Summary.En + " " + (p.Summary.Es ?? "") + " " + p.Body.En + " " + (p.Body.Es ?? ""), query.Terms)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(query.Limit)
            .ToListAsync(cancellationToken);
        return [.. found.Select(p => new SearchCandidate(
            SearchKinds.Post, $"/blog/{p.Slug}", p.Title, [p.Summary, Markdown.ToPlainText(p.Body)], p.PublishedAt))];
    }

    /// <summary>A visible post by its address, without the rest of the page: for the comment form.</summary>
    public Task<BlogPost?> FindVisibleAsync(string slug, CancellationToken cancellationToken = default) =>
        Visible().FirstOrDefaultAsync(p => p.Slug == slug, cancellationToken);

    /// <summary>The latest visible posts of a campaign, for its page.</summary>
    public async Task<IReadOnlyList<BlogPost>> LatestForCampaignAsync(int campaignId, int count = 3, CancellationToken cancellationToken = default) =>
        await Visible().Where(p => p.CampaignId == campaignId)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BlogPost>> FeedAsync(int count = 20, CancellationToken cancellationToken = default) =>
        await Visible().Include(p => p.Author).Include(p => p.Tags.OrderBy(t => t.Slug)).AsSplitQuery()
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(count).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<BlogPost>> ListAllAsync() =>
        await db.Set<BlogPost>().AsNoTracking().Include(p => p.Author)
            .OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).ToListAsync();

    public Task<BlogPost?> FindAsync(int id) => WithEverything(db.Set<BlogPost>().AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id);

    /// <summary>A post as readers will see it, published or not: for the staff preview.</summary>
    public async Task<BlogPostPage?> PreviewAsync(int id)
    {
        var post = await FindAsync(id);
        return post is null ? null : new BlogPostPage(post, await CampaignOfAsync(post.CampaignId, default), null, null, PublishedComments.None);
    }

    public async Task<ChangeResult> CreateAsync(PostInput input)
    {
        var invalid = await ValidateAsync(input, null);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var post = new BlogPost { Slug = input.Slug.Trim(), CreatedAt = now, UpdatedAt = now };
        Apply(post, input);
        db.Add(post);
        await db.SaveChangesAsync();
        return ChangeResult.Ok(post.Id);
    }

    public async Task<ChangeResult> SaveAsync(int id, PostInput input)
    {
        var post = await db.Set<BlogPost>().SingleOrDefaultAsync(p => p.Id == id);
        if (post is null)
        {
            return ChangeResult.Fail("This post does not exist.");
        }

        var invalid = await ValidateAsync(input, id);
        if (invalid is not null)
        {
            return invalid;
        }

        if (post.IsPublished && (string.IsNullOrWhiteSpace(input.SummaryEn) || string.IsNullOrWhiteSpace(input.BodyEn)))
        {
            return ChangeResult.Fail("A published post needs a summary and a text in English.");
        }

        post.Slug = input.Slug.Trim();
        Apply(post, input);
        return await SaveAndEvictAsync(post);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var post = await db.Set<BlogPost>().SingleOrDefaultAsync(p => p.Id == id);
        if (post is null)
        {
            return ChangeResult.Fail("This post does not exist.");
        }

        if (published && (string.IsNullOrWhiteSpace(post.Summary.En) || string.IsNullOrWhiteSpace(post.Body.En)))
        {
            return ChangeResult.Fail("Write the summary and the text in English before you publish.");
        }

        post.IsPublished = published;
        return await SaveAndEvictAsync(post);
    }

    /// <summary>Deletes a draft and its comments. A published post must be unpublished first, so nothing public vanishes by one click.</summary>
    public async Task<ChangeResult> DeleteAsync(int id)
    {
        var post = await db.Set<BlogPost>().SingleOrDefaultAsync(p => p.Id == id);
        if (post is null)
        {
            return ChangeResult.Fail("This post does not exist.");
        }

        if (post.IsPublished)
        {
            return ChangeResult.Fail("Unpublish the post before you delete it.");
        }

        db.Remove(post);
        await db.SaveChangesAsync();
        await comments.DeleteForTargetAsync(CommentTargets.Post, id);
        return ChangeResult.Ok();
    }

    /// <summary>Adds a tag by name, reusing the tag of the same address if another post has it already.</summary>
    public Task<ChangeResult> AddTagAsync(int id, string nameEn, string? nameEs) => ChangeAsync(id, async post =>
    {
        var slug = Slugs.From(nameEn, BlogLimits.TagName);
        if (slug.Length == 0)
        {
            return ChangeResult.Fail("Enter the tag in English, with at least one letter or digit.");
        }

        var tag = await db.Set<BlogTag>().SingleOrDefaultAsync(t => t.Slug == slug);
        if (tag is null)
        {
            tag = new BlogTag { Slug = slug, Name = LocalizedText.From(nameEn, nameEs) };
            db.Add(tag);
        }
        else if (tag.Name.Es is null && !string.IsNullOrWhiteSpace(nameEs))
        {
            tag.Name = LocalizedText.From(tag.Name.En, nameEs);
        }

        if (!post.Tags.Any(t => t.Slug == slug))
        {
            post.Tags.Add(tag);
        }

        return null;
    });

    public Task<ChangeResult> RemoveTagAsync(int id, int tagId) => ChangeAsync(id, post =>
    {
        var tag = post.Tags.SingleOrDefault(t => t.Id == tagId);
        if (tag is null)
        {
            return Task.FromResult<ChangeResult?>(ChangeResult.Fail("That item is not part of this post."));
        }

        post.Tags.Remove(tag);
        return Task.FromResult<ChangeResult?>(null);
    });

    public Task<ChangeResult> AddFactAsync(int id, FactInput input) => ChangeAsync(id, post =>
    {
        if (string.IsNullOrWhiteSpace(input.TextEn) || string.IsNullOrWhiteSpace(input.SourceTitleEn))
        {
            return Task.FromResult<ChangeResult?>(ChangeResult.Fail("A fact needs its text and the name of its source in English."));
        }

        if (!Links.IsWebAddress(input.SourceUrl))
        {
            return Task.FromResult<ChangeResult?>(ChangeResult.Fail("The source must be a web address starting with https:// or http://.", nameof(FactInput.SourceUrl)));
        }

        post.Facts.Add(new BlogFact
        {
            Text = LocalizedText.From(input.TextEn, input.TextEs),
            SourceTitle = LocalizedText.From(input.SourceTitleEn, input.SourceTitleEs),
            SourceUrl = input.SourceUrl.Trim(),
            Position = Positions.Next(post.Facts.Select(f => f.Position)),
        });
        return Task.FromResult<ChangeResult?>(null);
    });

    public Task<ChangeResult> AddSocialPostAsync(int id, SocialPostInput input) => ChangeAsync(id, post =>
    {
        if (string.IsNullOrWhiteSpace(input.TextEn))
        {
            return Task.FromResult<ChangeResult?>(ChangeResult.Fail("A sample post needs its text in English."));
        }

        if (!AreHashtags(input.HashtagsEn) || !AreHashtags(input.HashtagsEs))
        {
            return Task.FromResult<ChangeResult?>(ChangeResult.Fail("Write hashtags as words starting with #, separated by spaces, for example #DueProcess #FairHearings."));
        }

        post.SocialPosts.Add(new BlogSocialPost
        {
            Text = LocalizedText.From(input.TextEn, input.TextEs),
            Hashtags = LocalizedText.From(NormaliseHashtags(input.HashtagsEn), NormaliseHashtags(input.HashtagsEs)),
            Position = Positions.Next(post.SocialPosts.Select(s => s.Position)),
        });
        return Task.FromResult<ChangeResult?>(null);
    });

    public Task<ChangeResult> MoveFactAsync(int id, int factId, bool up) =>
        ChangeAsync(id, post => Task.FromResult(Move(post.Facts, factId, up, f => f.Id, f => f.Position, (f, p) => f.Position = p)));

    public Task<ChangeResult> MoveSocialPostAsync(int id, int socialPostId, bool up) =>
        ChangeAsync(id, post => Task.FromResult(Move(post.SocialPosts, socialPostId, up, s => s.Id, s => s.Position, (s, p) => s.Position = p)));

    public Task<ChangeResult> RemoveFactAsync(int id, int factId) => ChangeAsync(id, post =>
        Task.FromResult(post.Facts.RemoveAll(f => f.Id == factId) == 1 ? null : ChangeResult.Fail("That item is not part of this post.")));

    public Task<ChangeResult> RemoveSocialPostAsync(int id, int socialPostId) => ChangeAsync(id, post =>
        Task.FromResult(post.SocialPosts.RemoveAll(s => s.Id == socialPostId) == 1 ? null : ChangeResult.Fail("That item is not part of this post.")));

    public async Task<IReadOnlyList<AuthorSummary>> ListAuthorsAsync()
    {
        var authors = await db.Set<BlogAuthor>().AsNoTracking().OrderBy(a => a.Name).ToListAsync();
        var counts = await db.Set<BlogPost>().GroupBy(p => p.AuthorId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return [.. authors.Select(a => new AuthorSummary(a, counts.GetValueOrDefault(a.Id)))];
    }

    public Task<BlogAuthor?> FindAuthorAsync(int id) => db.Set<BlogAuthor>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id);

    public async Task<ChangeResult> CreateAuthorAsync(AuthorInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return ChangeResult.Fail("Enter the author's name.", nameof(AuthorInput.Name));
        }

        var author = new BlogAuthor
        {
            Name = input.Name.Trim(),
            Bio = LocalizedText.From(input.BioEn, input.BioEs),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(author);
        await db.SaveChangesAsync();
        return ChangeResult.Ok(author.Id);
    }

    public async Task<ChangeResult> SaveAuthorAsync(int id, AuthorInput input)
    {
        var author = await db.Set<BlogAuthor>().SingleOrDefaultAsync(a => a.Id == id);
        if (author is null)
        {
            return ChangeResult.Fail("This author does not exist.");
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return ChangeResult.Fail("Enter the author's name.", nameof(AuthorInput.Name));
        }

        author.Name = input.Name.Trim();
        author.Bio = LocalizedText.From(input.BioEn, input.BioEs);
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(author.Id);
    }

    public async Task<ChangeResult> DeleteAuthorAsync(int id)
    {
        var author = await db.Set<BlogAuthor>().SingleOrDefaultAsync(a => a.Id == id);
        if (author is null)
        {
            return ChangeResult.Fail("This author does not exist.");
        }

        if (await db.Set<BlogPost>().AnyAsync(p => p.AuthorId == id))
        {
            return ChangeResult.Fail("This author has posts. Give them another author before you delete this one.");
        }

        db.Remove(author);
        await uploads.SaveAndDeleteAsync(author.PhotoFileId);
        return ChangeResult.Ok();
    }

    /// <summary>Shows an uploaded photo (checked, stripped of its metadata) with the author's name, replacing any earlier one.</summary>
    public async Task<ChangeResult> SetAuthorPhotoAsync(int id, IFormFile? photo)
    {
        var author = await db.Set<BlogAuthor>().SingleOrDefaultAsync(a => a.Id == id);
        if (author is null)
        {
            return ChangeResult.Fail("This author does not exist.");
        }

        var uploaded = await uploads.AddAsync(photo, FileKind.Image);
        if (!uploaded.Succeeded)
        {
            return ChangeResult.Fail(uploaded.Error!, "Photo");
        }

        return await ReplacePhotoAsync(author, uploaded.File);
    }

    public async Task<ChangeResult> RemoveAuthorPhotoAsync(int id)
    {
        var author = await db.Set<BlogAuthor>().SingleOrDefaultAsync(a => a.Id == id);
        return author is null ? ChangeResult.Fail("This author does not exist.") : await ReplacePhotoAsync(author, null);
    }

    private async Task<ChangeResult> ReplacePhotoAsync(BlogAuthor author, StoredFile? photo)
    {
        var previous = author.PhotoFileId;
        author.PhotoFileId = photo?.Id;
        author.PhotoFileName = photo?.FileName;
        await uploads.SaveAndDeleteAsync(previous);
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(author.Id);
    }

    /// <summary>The posts readers may see: published, and dated today or earlier.</summary>
    private IQueryable<BlogPost> Visible()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<BlogPost>().AsNoTracking().Where(p => p.IsPublished && p.PublishedAt <= now);
    }

    private static IQueryable<BlogPost> WithEverything(IQueryable<BlogPost> posts) => posts.AsSplitQuery()
        .Include(p => p.Author)
        .Include(p => p.Tags.OrderBy(t => t.Slug))
        .Include(p => p.Facts.OrderBy(f => f.Position))
        .Include(p => p.SocialPosts.OrderBy(s => s.Position));

    private async Task<Campaign?> CampaignOfAsync(int? campaignId, CancellationToken cancellationToken)
    {
        if (campaignId is null)
        {
            return null;
        }

        // Through the campaign service, which owns the table; there are few campaigns and the page is cached.
        return (await campaigns.ListPublishedAsync(cancellationToken)).FirstOrDefault(c => c.Id == campaignId);
    }

    private async Task<ChangeResult> ChangeAsync(int id, Func<BlogPost, Task<ChangeResult?>> change)
    {
        var post = await db.Set<BlogPost>().AsSplitQuery()
            .Include(p => p.Tags).Include(p => p.Facts).Include(p => p.SocialPosts)
            .SingleOrDefaultAsync(p => p.Id == id);
        if (post is null)
        {
            return ChangeResult.Fail("This post does not exist.");
        }

        return await change(post) ?? await SaveAndEvictAsync(post);
    }

    private async Task<ChangeResult> SaveAndEvictAsync(BlogPost post)
    {
        post.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(post.Id);
    }

    private async Task<ChangeResult?> ValidateAsync(PostInput input, int? id)
    {
        var slug = input.Slug.Trim();
        if (!Slugs.IsValid(slug))
        {
            return ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(PostInput.Slug));
        }

        if (await db.Set<BlogPost>().AnyAsync(p => p.Slug == slug && p.Id != id))
        {
            return ChangeResult.Fail("Another post already uses this address.", nameof(PostInput.Slug));
        }

        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            return ChangeResult.Fail("Enter the title in English.", nameof(PostInput.TitleEn));
        }

        if (!await db.Set<BlogAuthor>().AnyAsync(a => a.Id == input.AuthorId))
        {
            return ChangeResult.Fail("Choose the author.", nameof(PostInput.AuthorId));
        }

        if (input.CampaignId is { } campaignId && !(await campaigns.ListAllAsync()).Any(c => c.Id == campaignId))
        {
            return ChangeResult.Fail("That campaign does not exist.", nameof(PostInput.CampaignId));
        }

        return null;
    }

    private static void Apply(BlogPost post, PostInput input)
    {
        post.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        post.Summary = LocalizedText.From(input.SummaryEn, input.SummaryEs);
        post.Body = LocalizedText.From(input.BodyEn, input.BodyEs);
        post.AuthorId = input.AuthorId;
        post.CampaignId = input.CampaignId;
        post.PublishedAt = DateTime.SpecifyKind(input.PublishedAt.Date, DateTimeKind.Utc);
    }

    private static ChangeResult? Move<T>(List<T> items, int itemId, bool up, Func<T, int> id, Func<T, int> position, Action<T, int> setPosition) =>
        Positions.Move(items, i => id(i) == itemId, up, position, setPosition) ? null : ChangeResult.Fail("That item is not part of this post.");

    private static bool AreHashtags(string? hashtags) =>
        string.IsNullOrWhiteSpace(hashtags) || hashtags.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(HashtagPattern().IsMatch);

    private static string? NormaliseHashtags(string? hashtags) =>
        string.IsNullOrWhiteSpace(hashtags) ? null : string.Join(' ', hashtags.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^#[\p{L}\p{N}_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HashtagPattern();
}

/// <summary>Tells the moderation queue which post a comment is on.</summary>
public sealed class BlogCommentTargets(FairwatchDb db) : ICommentTargets
{
    public string Kind => CommentTargets.Post;

    public async Task<IReadOnlyDictionary<int, CommentTarget>> DescribeAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken = default) =>
        await db.Set<BlogPost>().AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Slug, p.Title })
            .ToDictionaryAsync(p => p.Id, p => new CommentTarget(Kind, p.Id, p.Title, $"/blog/{p.Slug}"), cancellationToken);
}
