using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Uploads;

/// <summary>
/// An uploaded image or PDF. The bytes live in the database, outside the web root and shared by
/// every app instance, so the web tier keeps no files of its own.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    public FileKind Kind { get; set; }

    public required string ContentType { get; set; }

    /// <summary>A safe file name for downloads (letters, digits, dashes), with the extension the content deserves.</summary>
    public required string FileName { get; set; }

    public long Size { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    /// <summary>Hex SHA-256 of the content: the ETag, and a way to see the same file uploaded twice.</summary>
    public required string Sha256 { get; set; }

    public DateTime CreatedAt { get; set; }

    public required byte[] Content { get; set; }
}

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> entity)
    {
        entity.ToTable("StoredFiles");
        entity.HasKey(f => f.Id);
        entity.Property(f => f.ContentType).HasMaxLength(100);
        entity.Property(f => f.FileName).HasMaxLength(200);
        entity.Property(f => f.Sha256).HasMaxLength(64);
    }
}
