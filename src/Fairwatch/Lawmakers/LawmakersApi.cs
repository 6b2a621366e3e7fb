using System.Text.Json;

namespace Fairwatch.Lawmakers;

/// <summary><c>GET /api/v1/lawmakers?zip=</c>: a supporter's senators and representative(s) for a ZIP code.</summary>
public static class LawmakersApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static IEndpointRouteBuilder MapLawmakersApi(this IEndpointRouteBuilder endpoints)
    {
        // zip is optional in the signature so that a missing one gets the same clear 400 as a wrong one.
        endpoints.MapGet("/api/v1/lawmakers", (string? zip, LawmakerDirectory directory) => Find(directory, zip));
        return endpoints;
    }

    public static IResult Find(LawmakerDirectory directory, string? zip)
    {
        var lookup = directory.Lookup(zip);
        return lookup.Status switch
        {
            ZipLookupStatus.InvalidZip => Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Not a ZIP code",
                detail: "Give a 5-digit ZIP code, such as ?zip=20001 (ZIP+4 such as 20001-1234 is accepted too)."),
            ZipLookupStatus.UnknownZip => Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown ZIP code",
                detail: $"ZIP code {lookup.Zip} is in no congressional district in our data. It may be a PO box, business or military ZIP code: use the ZIP code of the home address."),
            _ => Results.Json(ToResponse(lookup), Json),
        };
    }

    internal static LawmakersResponse ToResponse(LawmakerLookup lookup) => new(
        lookup.Zip!,
        [.. lookup.Districts.Select(d => new DistrictResponse(d.State, d.Number))],
        [.. lookup.All.Select(m => new LawmakerResponse(
            m.Lawmaker.BioguideId,
            m.Lawmaker.Name,
            m.Lawmaker.Chamber == Chamber.Senate ? "senate" : "house",
            m.Lawmaker.State,
            m.Lawmaker.District,
            m.Lawmaker.Party,
            m.Lawmaker.Phone,
            m.Lawmaker.ContactForm,
            [.. m.Offices.Select(o => new OfficeResponse(o.Address, o.Building, o.Suite, o.City, o.State, o.Zip, o.Phone))]))]);
}

internal sealed record LawmakersResponse(string Zip, IReadOnlyList<DistrictResponse> Districts, IReadOnlyList<LawmakerResponse> Lawmakers);

internal sealed record DistrictResponse(string State, int District);

internal sealed record LawmakerResponse(
    string BioguideId, string Name, string Chamber, string State, int? District, string Party, string? Phone, string? ContactForm,
    IReadOnlyList<OfficeResponse> Offices);

internal sealed record OfficeResponse(string? Address, string? Building, string? Suite, string City, string State, string? Zip, string? Phone);
