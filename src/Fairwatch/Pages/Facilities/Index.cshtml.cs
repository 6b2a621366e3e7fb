using Fairwatch.Detention;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Facilities;

/// <summary>The facility registry for everyone: a list filtered by plain GET parameters, so it works without JavaScript and every view can be linked.</summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class IndexModel(FacilityService facilities, Microsoft.Extensions.Options.IOptions<FacilityMapOptions> map) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public string? Area { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    public FacilityPage Results { get; private set; } = null!;

    public FacilityFilterChoices Choices { get; private set; } = null!;

    public bool IsFiltered => !Filter.IsEmpty;

    public FacilityMapOptions Map => map.Value;

    /// <summary>Where the map's markers come from: the same filters as the list.</summary>
    public string MapDataUrl => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/facilities/map.json",
        new Dictionary<string, string?> { ["country"] = Country, ["state"] = State, ["area"] = Area, ["type"] = Type, ["q"] = Text }.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    private FacilityFilter Filter => new(Country, State, Area, Type, Text);

    // "page" is a route value of Razor Pages itself, so the query key is bound by name.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        var results = await facilities.ListAsync(Filter, pageNumber, cancellationToken);
        if (results is null)
        {
            return NotFound();
        }

        Results = results;
        Choices = await facilities.FilterChoicesAsync(cancellationToken);
        // Only this page may show images from the tile server, and only once the visitor asks for the map.
        Response.Headers.ContentSecurityPolicy = FacilityMap.ContentSecurityPolicy(map);
        return Page();
    }

    /// <summary>The same filtered list at another page.</summary>
    public string PageUrl(int pageNumber)
    {
        var query = new Dictionary<string, string?>
        {
            ["country"] = Country, ["state"] = State, ["area"] = Area, ["type"] = Type, ["q"] = Text,
            ["page"] = pageNumber == 1 ? null : pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/facilities", query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));
    }
}
