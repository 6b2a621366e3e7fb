using Fairwatch.Campaigns;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Videos;

/// <summary>A documentary or short film: its facts, and where it is hosted.</summary>
public sealed class Film
{
    public int Id { get; set; }

    /// <summary>The film's address: /films/{slug}.</summary>
    public required string Slug { get; set; }

    /// <summary>The campaign that shows the film; null when it stands alone.</summary>
    public int? CampaignId { get; set; }

    /// <summary>Order within its campaign (or among stand-alone films), from 1.</summary>
    public int Position { get; set; }

    public LocalizedText Title { get; set; } = new();

    public DateOnly MadeOn { get; set; }

    public int LengthSeconds { get; set; }

    public LocalizedText MadeBy { get; set; } = new();

    public LocalizedText Location { get; set; } = new();

    public LocalizedText Goal { get; set; } = new();

    public LocalizedText Audience { get; set; } = new();

    public LocalizedText Message { get; set; } = new();

    public LocalizedText ContentNotes { get; set; } = new();

    /// <summary>Markdown.</summary>
    public LocalizedText Transcript { get; set; } = new();

    /// <summary>Where captions or subtitles can be downloaded or read, if anywhere.</summary>
    public string? CaptionsUrl { get; set; }

    public VideoHost VideoHost { get; set; }

    public required string VideoId { get; set; }

    /// <summary>A poster image uploaded by staff; without one, the player draws its own.</summary>
    public Guid? PosterFileId { get; set; }

    /// <summary>Kept with the reference so that pages can link the poster without loading the file.</summary>
    public string? PosterFileName { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public List<FilmIssue> Issues { get; set; } = [];

    public VideoLink Video => new(VideoHost, VideoId);

    /// <summary>The uploaded poster's address, or null when the player draws its own.</summary>
    public string? PosterUrl => PosterFileId is { } id && PosterFileName is not null ? Uploads.UploadService.Url(id, PosterFileName) : null;
}

/// <summary>A human-rights issue films are tagged with, and that visitors filter by.</summary>
public sealed class FilmIssue
{
    public int Id { get; set; }

    /// <summary>Used in the filter address: /films?issue={slug}.</summary>
    public required string Slug { get; set; }

    public LocalizedText Name { get; set; } = new();
}

internal sealed class FilmConfiguration : IEntityTypeConfiguration<Film>, IEntityTypeConfiguration<FilmIssue>
{
    public void Configure(EntityTypeBuilder<Film> entity)
    {
        entity.ToTable("Films");
        entity.Property(f => f.Slug).HasMaxLength(80);
        entity.HasIndex(f => f.Slug).IsUnique();
        entity.HasIndex(f => new { f.CampaignId, f.Position });
        entity.HasIndex(f => new { f.IsPublished, f.MadeOn });
        entity.Property(f => f.CaptionsUrl).HasMaxLength(500);
        entity.Property(f => f.VideoId).HasMaxLength(VideoLink.MaxIdLength);
        entity.Ignore(f => f.Video);
        entity.Ignore(f => f.PosterUrl);
        entity.Property(f => f.PosterFileName).HasMaxLength(200);
        entity.HasOne<Uploads.StoredFile>().WithMany().HasForeignKey(f => f.PosterFileId).OnDelete(DeleteBehavior.SetNull);
        Text(entity.ComplexProperty(f => f.Title), 200);
        Text(entity.ComplexProperty(f => f.MadeBy), 400);
        Text(entity.ComplexProperty(f => f.Location), 200);
        Text(entity.ComplexProperty(f => f.Goal), 2_000);
        Text(entity.ComplexProperty(f => f.Audience), 1_000);
        Text(entity.ComplexProperty(f => f.Message), 2_000);
        Text(entity.ComplexProperty(f => f.ContentNotes), 2_000);
        Text(entity.ComplexProperty(f => f.Transcript), 100_000);

        // A campaign that goes away leaves its films standing alone rather than deleting them.
        entity.HasOne<Campaign>().WithMany().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.SetNull);

        // Tags in a join table with an index on each side, so the issue filter is an indexed lookup.
        entity.HasMany(f => f.Issues).WithMany().UsingEntity(
            "FilmIssueTags",
            tag => tag.HasOne(typeof(FilmIssue)).WithMany().HasForeignKey("IssueId").OnDelete(DeleteBehavior.Cascade),
            tag => tag.HasOne(typeof(Film)).WithMany().HasForeignKey("FilmId").OnDelete(DeleteBehavior.Cascade),
            tag => tag.HasKey("FilmId", "IssueId"));
    }

    public void Configure(EntityTypeBuilder<FilmIssue> entity)
    {
        entity.ToTable("FilmIssues");
        entity.Property(i => i.Slug).HasMaxLength(80);
        entity.HasIndex(i => i.Slug).IsUnique();
        Text(entity.ComplexProperty(i => i.Name), 100);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}
