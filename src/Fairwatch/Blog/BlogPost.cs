using Fairwatch.Campaigns;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Blog;

/// <summary>Someone who writes for the blog; shown under each post with a short bio.</summary>
public sealed class BlogAuthor
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public LocalizedText Bio { get; set; } = new();

    /// <summary>An optional photo, uploaded by staff (checked and stripped of its metadata).</summary>
    public Guid? PhotoFileId { get; set; }

    /// <summary>Kept with the reference so that pages can link the photo without loading the file.</summary>
    public string? PhotoFileName { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? PhotoUrl => PhotoFileId is { } id && PhotoFileName is not null ? Uploads.UploadService.Url(id, PhotoFileName) : null;
}

/// <summary>A blog post: Markdown text, facts with their sources, and sample posts for social media.</summary>
public sealed class BlogPost
{
    public int Id { get; set; }

    /// <summary>The post's address: /blog/{slug}.</summary>
    public required string Slug { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>One or two sentences shown in lists, in the feed and under the title.</summary>
    public LocalizedText Summary { get; set; } = new();

    /// <summary>The text, in Markdown.</summary>
    public LocalizedText Body { get; set; } = new();

    public int AuthorId { get; set; }

    public BlogAuthor Author { get; set; } = null!;

    /// <summary>The campaign the post belongs to, if any; its page lists the latest posts.</summary>
    public int? CampaignId { get; set; }

    /// <summary>The date the post carries. A published post with a future date stays hidden until then.</summary>
    public DateTime PublishedAt { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<BlogTag> Tags { get; set; } = [];

    public List<BlogFact> Facts { get; set; } = [];

    public List<BlogSocialPost> SocialPosts { get; set; } = [];
}

/// <summary>A topic that groups posts: /blog?tag={slug}.</summary>
public sealed class BlogTag
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public LocalizedText Name { get; set; } = new();
}

/// <summary>A "did you know?" fact, always with the source a reader can check.</summary>
public sealed class BlogFact
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public int Position { get; set; }

    public LocalizedText Text { get; set; } = new();

    /// <summary>What the link is called, for example "U.S. Census Bureau, 2024".</summary>
    public LocalizedText SourceTitle { get; set; } = new();

    public required string SourceUrl { get; set; }
}

/// <summary>A ready-made post that supporters copy and share, with its hashtags.</summary>
public sealed class BlogSocialPost
{
    public int Id { get; set; }

    public int PostId { get; set; }

    public int Position { get; set; }

    public LocalizedText Text { get; set; } = new();

    /// <summary>Space-separated hashtags such as "#DueProcess #FairHearings"; Spanish ones are optional.</summary>
    public LocalizedText Hashtags { get; set; } = new();

    /// <summary>What the reader copies: the text followed by the hashtags.</summary>
    public string FullText(string culture)
    {
        var hashtags = Hashtags.In(culture);
        return string.IsNullOrWhiteSpace(hashtags) ? Text.In(culture) : $"{Text.In(culture)} {hashtags}";
    }
}

internal sealed class BlogConfiguration :
    IEntityTypeConfiguration<BlogAuthor>,
    IEntityTypeConfiguration<BlogPost>,
    IEntityTypeConfiguration<BlogTag>,
    IEntityTypeConfiguration<BlogFact>,
    IEntityTypeConfiguration<BlogSocialPost>
{
    public void Configure(EntityTypeBuilder<BlogAuthor> entity)
    {
        entity.ToTable("BlogAuthors");
        entity.Property(a => a.Name).HasMaxLength(BlogLimits.AuthorName);
        entity.Property(a => a.PhotoFileName).HasMaxLength(200);
        entity.HasOne<Uploads.StoredFile>().WithMany().HasForeignKey(a => a.PhotoFileId).OnDelete(DeleteBehavior.SetNull);
        entity.Ignore(a => a.PhotoUrl);
        Text(entity.ComplexProperty(a => a.Bio), BlogLimits.Bio);
    }

    public void Configure(EntityTypeBuilder<BlogPost> entity)
    {
        entity.ToTable("BlogPosts");
        entity.Property(p => p.Slug).HasMaxLength(80);
        entity.HasIndex(p => p.Slug).IsUnique();
        entity.HasIndex(p => new { p.IsPublished, p.PublishedAt });
        Text(entity.ComplexProperty(p => p.Title), BlogLimits.Title);
        Text(entity.ComplexProperty(p => p.Summary), BlogLimits.Summary);
        Text(entity.ComplexProperty(p => p.Body), BlogLimits.Body);
        // An author with posts cannot be deleted by accident; the staff page says why.
        entity.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.SetNull);
        entity.HasMany(p => p.Tags).WithMany().UsingEntity(
            "BlogPostTags",
            tag => tag.HasOne(typeof(BlogTag)).WithMany().HasForeignKey("TagId").OnDelete(DeleteBehavior.Cascade),
            post => post.HasOne(typeof(BlogPost)).WithMany().HasForeignKey("PostId").OnDelete(DeleteBehavior.Cascade),
            join => join.HasKey("PostId", "TagId"));
        entity.HasMany(p => p.Facts).WithOne().HasForeignKey(f => f.PostId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(p => p.SocialPosts).WithOne().HasForeignKey(s => s.PostId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BlogTag> entity)
    {
        entity.ToTable("BlogTags");
        entity.Property(t => t.Slug).HasMaxLength(BlogLimits.TagName);
        entity.HasIndex(t => t.Slug).IsUnique();
        Text(entity.ComplexProperty(t => t.Name), BlogLimits.TagName);
    }

    public void Configure(EntityTypeBuilder<BlogFact> entity)
    {
        entity.ToTable("BlogFacts");
        entity.Property(f => f.SourceUrl).HasMaxLength(BlogLimits.Url);
        Text(entity.ComplexProperty(f => f.Text), BlogLimits.Fact);
        Text(entity.ComplexProperty(f => f.SourceTitle), BlogLimits.SourceTitle);
    }

    public void Configure(EntityTypeBuilder<BlogSocialPost> entity)
    {
        entity.ToTable("BlogSocialPosts");
        Text(entity.ComplexProperty(s => s.Text), BlogLimits.SocialText);
        Text(entity.ComplexProperty(s => s.Hashtags), BlogLimits.Hashtags);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}

/// <summary>Column lengths, shared by the model, the service and the staff forms.</summary>
public static class BlogLimits
{
    public const int AuthorName = 120;
    public const int Bio = 2_000;
    public const int Title = 200;
    public const int Summary = 500;
    public const int Body = 40_000;
    public const int TagName = 60;
    public const int Fact = 600;
    public const int SourceTitle = 200;
    public const int Url = 500;
    public const int SocialText = 400;
    public const int Hashtags = 200;
}
