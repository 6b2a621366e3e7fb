using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Press;

/// <summary>A press release: Markdown text in both languages, with the PDF journalists ask for when there is one.</summary>
public sealed class PressRelease
{
    public int Id { get; set; }

    /// <summary>The release's address: /press/{slug}.</summary>
    public required string Slug { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>One or two sentences for the press page and search results.</summary>
    public LocalizedText Summary { get; set; } = new();

    /// <summary>The text, in Markdown.</summary>
    public LocalizedText Body { get; set; } = new();

    /// <summary>The date the release carries. A published release with a later date stays hidden until then (an embargo).</summary>
    public DateTime ReleasedOn { get; set; }

    public bool IsPublished { get; set; }

    public Guid? PdfFileId { get; set; }

    /// <summary>Kept with the reference so that pages can link the PDF without loading it.</summary>
    public string? PdfFileName { get; set; }

    public long? PdfFileSize { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? PdfUrl => PdfFileId is { } id && PdfFileName is not null ? UploadService.Url(id, PdfFileName) : null;
}

/// <summary>A story about the organisation or its campaign in the news, linking to the outlet's own page.</summary>
public sealed class PressCoverage
{
    public int Id { get; set; }

    /// <summary>Who published it, for example "El Paso Times".</summary>
    public required string Outlet { get; set; }

    /// <summary>The headline as the outlet wrote it, in its own language.</summary>
    public required string Headline { get; set; }

    /// <summary>"en" or "es": the language of the headline, so that screen readers pronounce it right.</summary>
    public required string Language { get; set; }

    public DateTime PublishedOn { get; set; }

    public required string Url { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>A file of the media kit: a logo, a still from a film, a fact sheet... uploaded through <see cref="UploadService"/>.</summary>
public sealed class MediaKitItem
{
    public int Id { get; set; }

    /// <summary>Order on the press page, from 1.</summary>
    public int Position { get; set; }

    public LocalizedText Title { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    public Guid FileId { get; set; }

    public required string FileName { get; set; }

    public FileKind Kind { get; set; }

    public long FileSize { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public DateTime CreatedAt { get; set; }

    public string Url => UploadService.Url(FileId, FileName);
}

internal sealed class PressConfiguration :
    IEntityTypeConfiguration<PressRelease>,
    IEntityTypeConfiguration<PressCoverage>,
    IEntityTypeConfiguration<MediaKitItem>
{
    public void Configure(EntityTypeBuilder<PressRelease> entity)
    {
        entity.ToTable("PressReleases");
        entity.Property(r => r.Slug).HasMaxLength(Slugs.MaxLength);
        entity.HasIndex(r => r.Slug).IsUnique();
        entity.HasIndex(r => new { r.IsPublished, r.ReleasedOn });
        entity.Property(r => r.PdfFileName).HasMaxLength(200);
        entity.HasOne<StoredFile>().WithMany().HasForeignKey(r => r.PdfFileId).OnDelete(DeleteBehavior.SetNull);
        entity.Ignore(r => r.PdfUrl);
        Text(entity.ComplexProperty(r => r.Title), PressLimits.Title);
        Text(entity.ComplexProperty(r => r.Summary), PressLimits.Summary);
        Text(entity.ComplexProperty(r => r.Body), PressLimits.Body);
    }

    public void Configure(EntityTypeBuilder<PressCoverage> entity)
    {
        entity.ToTable("PressCoverage");
        entity.Property(c => c.Outlet).HasMaxLength(PressLimits.Outlet);
        entity.Property(c => c.Headline).HasMaxLength(PressLimits.Headline);
        entity.Property(c => c.Language).HasMaxLength(2);
        entity.Property(c => c.Url).HasMaxLength(PressLimits.Url);
        entity.HasIndex(c => c.PublishedOn);
    }

    public void Configure(EntityTypeBuilder<MediaKitItem> entity)
    {
        entity.ToTable("MediaKitItems");
        entity.Property(i => i.FileName).HasMaxLength(200);
        entity.HasOne<StoredFile>().WithMany().HasForeignKey(i => i.FileId).OnDelete(DeleteBehavior.Restrict);
        entity.Ignore(i => i.Url);
        Text(entity.ComplexProperty(i => i.Title), PressLimits.KitTitle);
        Text(entity.ComplexProperty(i => i.Description), PressLimits.KitDescription);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}

/// <summary>Column lengths, shared by the model, the service and the staff forms.</summary>
public static class PressLimits
{
    public const int Title = 200;
    public const int Summary = 500;
    public const int Body = 40_000;
    public const int Outlet = 200;
    public const int Headline = 300;
    public const int Url = 500;
    public const int KitTitle = 200;
    public const int KitDescription = 500;
}
