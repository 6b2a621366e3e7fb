using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Fairwatch.Uploads;

/// <summary>Serves uploads with the type their bytes proved, never executable, cacheable forever (the address changes with the file).</summary>
public static class MediaEndpoints
{
    public static void MapMedia(this IEndpointRouteBuilder app) =>
        app.MapGet("/media/{id:guid}/{name}", ServeAsync);

    private static async Task<Results<FileContentHttpResult, NotFound, StatusCodeHttpResult>> ServeAsync(
        Guid id, string name, UploadService uploads, HttpContext context, CancellationToken cancellationToken)
    {
        var file = await uploads.FindAsync(id, cancellationToken);
        // The name in the address is for people; the id alone finds the file.
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        if (context.Request.Headers.IfNoneMatch.ToString().Contains(etag.Tag.ToString(), StringComparison.Ordinal))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var headers = context.Response.Headers;
        headers.CacheControl = "public, max-age=31536000, immutable";
        // A PDF viewer in the browser gets no script, no forms, no plugins.
        headers.ContentSecurityPolicy = "default-src 'none'; img-src 'self'; sandbox";
        headers.ContentDisposition = new ContentDispositionHeaderValue(file.Kind == FileKind.Pdf ? "attachment" : "inline")
        {
            FileNameStar = file.FileName,
        }.ToString();
        return TypedResults.File(file.Content, file.ContentType, entityTag: etag);
    }
}
