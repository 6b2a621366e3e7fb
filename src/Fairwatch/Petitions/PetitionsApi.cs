using System.Globalization;
using System.Text.Json;
using Fairwatch.Web;

namespace Fairwatch.Petitions;

/// <summary><c>GET /api/v1/petitions/{id}</c>: a published petition and its exact count, for partner sites and apps.</summary>
public static class PetitionsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static IEndpointRouteBuilder MapPetitionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/petitions/{id:int}", async (int id, PetitionService petitions, PublicUrls urls, HttpContext context, CancellationToken cancellationToken) =>
        {
            // Public, read-only data: any site may read it from a browser.
            context.Response.Headers.AccessControlAllowOrigin = "*";
            var petition = await petitions.FindPublishedAsync(id, cancellationToken);
            if (petition is null)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown petition", detail: $"No published petition has the id {id}.");
            }

            return Results.Json(ToResponse(petition, urls.ForPage(context.Request, $"/petitions/{petition.Slug}")), Json);
        });
        return endpoints;
    }

    internal static PetitionResponse ToResponse(Petition petition, string url) => new(
        petition.Id,
        petition.Slug,
        petition.Title.Current,
        petition.Target.Current,
        petition.Goal,
        petition.Status.ToString().ToLowerInvariant(),
        petition.Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        petition.Counter?.Signatures ?? 0,
        url);
}

internal sealed record PetitionResponse(
    int Id, string Slug, string Title, string Target, int Goal, string Status, string? Deadline, int TotalSignatures, string Url);
