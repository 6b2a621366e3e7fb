using System.Security.Cryptography;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Uploads;

public sealed record UploadResult(bool Succeeded, StoredFile? File = null, string? Error = null)
{
    public static UploadResult Fail(string error) => new(false, Error: error);
}

/// <summary>Checks, cleans and stores uploads; what is stored is always what its bytes say it is.</summary>
public sealed class UploadService(FairwatchDb db, TimeProvider clock)
{
    public const long MaxImageBytes = 5 * 1024 * 1024;
    public const long MaxPdfBytes = 20 * 1024 * 1024;

    /// <summary>Reads, checks and adds the file to the DbContext; the caller saves it with its own change.</summary>
    public Task<UploadResult> AddAsync(IFormFile? upload, FileKind expected, CancellationToken cancellationToken = default) =>
        AddAsync(upload, [expected], cancellationToken);

    /// <summary>Like <see cref="AddAsync(IFormFile?, FileKind, CancellationToken)"/>, for a place that takes several kinds (a media kit takes images and PDFs).</summary>
    public async Task<UploadResult> AddAsync(IFormFile? upload, IReadOnlyCollection<FileKind> accepted, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            return UploadResult.Fail("Choose a file.");
        }

        if (upload.Length > accepted.Max(MaxBytes))
        {
            return TooLarge(accepted.Count == 1 ? accepted.Single() : null);
        }

        var inspected = FileInspector.Inspect(await ReadAsync(upload, cancellationToken));
        if (inspected is null || !accepted.Contains(inspected.Kind))
        {
            return accepted.Count > 1
                ? UploadResult.Fail("This file is not a PDF or a PNG, JPEG or WebP image.")
                : accepted.Single() == FileKind.Pdf
                    ? UploadResult.Fail("This file is not a PDF.")
                    : UploadResult.Fail("This file is not a PNG, JPEG or WebP image.");
        }

        if (upload.Length > MaxBytes(inspected.Kind))
        {
            return TooLarge(inspected.Kind);
        }

        return new UploadResult(true, Add(inspected, upload.FileName));
    }

    /// <summary>
    /// A photo from the public: JPEG or PNG only, up to 5 MB, with every piece of metadata and
    /// everything that is not the picture removed by <see cref="PhotoCleaner"/> (stricter than
    /// <see cref="FileInspector"/> alone, which keeps colour profiles). Added to the DbContext like
    /// <see cref="AddAsync(IFormFile?, FileKind, CancellationToken)"/>; stored under a neutral name.
    /// </summary>
    public async Task<UploadResult> AddPhotoAsync(IFormFile? upload, CancellationToken cancellationToken = default)
    {
        if (upload is null || upload.Length == 0)
        {
            return UploadResult.Fail("Choose a photo.");
        }

        if (upload.Length > MaxImageBytes)
        {
            return UploadResult.Fail("The photo is larger than 5 MB.");
        }

        var inspected = PhotoCleaner.Clean(await ReadAsync(upload, cancellationToken));
        if (inspected is null)
        {
            return UploadResult.Fail("This file is not a JPEG or PNG photo.");
        }

        // The person's own file name can hold their name or a place; it is not kept.
        return new UploadResult(true, Add(inspected, "photo"));
    }

    private static async Task<byte[]> ReadAsync(IFormFile upload, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)upload.Length);
        await using (var stream = upload.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, cancellationToken);
        }

        return buffer.ToArray();
    }

    private StoredFile Add(InspectedFile inspected, string? originalName)
    {
        var file = new StoredFile
        {
            Id = Guid.NewGuid(),
            Kind = inspected.Kind,
            ContentType = inspected.ContentType,
            FileName = SafeName(originalName, inspected.Extension),
            Size = inspected.Content.Length,
            Width = inspected.Width,
            Height = inspected.Height,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(inspected.Content)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Content = inspected.Content,
        };
        db.Add(file);
        return file;
    }

    /// <summary>
    /// Saves the caller's change and deletes the file it no longer refers to (a replaced poster, a
    /// removed download), in one transaction: no page can point at a missing file, and no file
    /// outlives its last reference.
    /// </summary>
    public async Task SaveAndDeleteAsync(Guid? unused, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (unused is { } id)
        {
            await db.Set<StoredFile>().Where(f => f.Id == id).ExecuteDeleteAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public Task<StoredFile?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Set<StoredFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);

    public static string Url(StoredFile file) => $"/media/{file.Id:N}/{file.FileName}";

    public static string Url(Guid id, string fileName) => $"/media/{id:N}/{fileName}";

    public static string DisplaySize(long bytes) => bytes switch
    {
        < 1024 * 1024 => $"{Math.Max(1, bytes / 1024)} KB",
        _ => (bytes / (1024.0 * 1024.0)).ToString("0.0 'MB'", System.Globalization.CultureInfo.CurrentCulture),
    };

    private static long MaxBytes(FileKind kind) => kind == FileKind.Pdf ? MaxPdfBytes : MaxImageBytes;

    private static UploadResult TooLarge(FileKind? kind) => kind switch
    {
        FileKind.Pdf => UploadResult.Fail("The PDF is larger than 20 MB."),
        FileKind.Image => UploadResult.Fail("The image is larger than 5 MB."),
        _ => UploadResult.Fail("The file is larger than 20 MB."),
    };

    internal static string SafeName(string? original, string extension)
    {
        var stem = Slugs.From(Path.GetFileNameWithoutExtension(original ?? ""));
        return (stem.Length == 0 ? "file" : stem) + extension;
    }
}
