using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Lawmakers;
using Fairwatch.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Detention;

/// <summary>What the public list is filtered by; every part is optional.</summary>
public sealed record FacilityFilter(string? Country = null, string? Region = null, string? Area = null, string? Type = null, string? Text = null)
{
    public bool IsEmpty => new[] { Country, Region, Area, Type, Text }.All(string.IsNullOrWhiteSpace);
}

public sealed record FacilityPage(IReadOnlyList<Facility> Facilities, int Total, int PageNumber, int PageCount);

/// <summary>The values the list's filters offer: only those some facility has.</summary>
public sealed record FacilityFilterChoices(
    IReadOnlyList<string> Countries, IReadOnlyList<string> Regions, IReadOnlyList<string> Areas, IReadOnlyList<string> Types);

/// <summary>What staff type into the facility form; validated by <see cref="FacilityService"/>.</summary>
public sealed record FacilityInput
{
    public string? Slug { get; init; }

    public string? Name { get; init; }

    public string? Address { get; init; }

    public string? City { get; init; }

    public string? Region { get; init; }

    public string? PostalCode { get; init; }

    public string? Country { get; init; }

    public string? AreaOfResponsibility { get; init; }

    public string? Type { get; init; }

    public OperatorType Operator { get; init; }

    public string? GenderHoused { get; init; }

    public decimal? AverageDailyPopulation { get; init; }

    public decimal? AverageStayDays { get; init; }

    public int? GuaranteedMinimum { get; init; }

    public string? FiguresPeriod { get; init; }

    public DateOnly? LastInspectedOn { get; init; }

    public string? LastInspectionType { get; init; }

    public string? LastInspectionRating { get; init; }

    public string? Source { get; init; }

    /// <summary>Where it is on the map; empty to use the centre of its US ZIP code.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}

/// <summary>A facility on the map: where it is, and where its page is.</summary>
public sealed record FacilityPoint(string Name, string Slug, string? Place, double Latitude, double Longitude);

/// <summary>The facility registry: the public list and pages, and staff additions and corrections.</summary>
public sealed class FacilityService(FairwatchDb db, TimeProvider clock, IOutputCacheStore cache)
{
    public const int PageSize = 50;

    public async Task<FacilityPage?> ListAsync(FacilityFilter filter, int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        var facilities = Filtered(filter);
        var total = await facilities.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (pageNumber < 1 || pageNumber > pageCount)
        {
            return null;
        }

        var page = await facilities.OrderBy(f => f.Country).ThenBy(f => f.Region).ThenBy(f => f.Name).ThenBy(f => f.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new(page, total, pageNumber, pageCount);
    }

    /// <summary>Every facility the filter matches that has a place on the map (the map shows them all, not a page).</summary>
    public async Task<IReadOnlyList<FacilityPoint>> MapPointsAsync(FacilityFilter filter, CancellationToken cancellationToken = default) =>
        [.. (await Filtered(filter).Where(f => f.Latitude != null && f.Longitude != null)
            .OrderBy(f => f.Name)
            .Select(f => new { f.Name, f.Slug, f.City, f.Region, f.Latitude, f.Longitude })
            .ToListAsync(cancellationToken))
            .Select(f => new FacilityPoint(f.Name, f.Slug, string.Join(", ", new[] { f.City, f.Region }.Where(p => !string.IsNullOrEmpty(p))), f.Latitude!.Value, f.Longitude!.Value))];

    private IQueryable<Facility> Filtered(FacilityFilter filter)
    {
        var facilities = db.Set<Facility>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Country))
        {
            facilities = facilities.Where(f => f.Country == filter.Country);
        }

        if (!string.IsNullOrWhiteSpace(filter.Region))
        {
            facilities = facilities.Where(f => f.Region == filter.Region);
        }

        if (!string.IsNullOrWhiteSpace(filter.Area))
        {
            facilities = facilities.Where(f => f.AreaOfResponsibility == filter.Area);
        }

        if (!string.IsNullOrWhiteSpace(filter.Type))
        {
            facilities = facilities.Where(f => f.Type == filter.Type);
        }

        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            // Names are published in capitals; both sides upper-cased, the same on SQLite and PostgreSQL.
            var text = filter.Text.Trim().ToUpperInvariant();
            facilities = facilities.Where(f => f.Name.ToUpper().Contains(text) || (f.City != null && f.City.ToUpper().Contains(text)));
        }

        return facilities;
    }

    public async Task<FacilityFilterChoices> FilterChoicesAsync(CancellationToken cancellationToken = default)
    {
        var all = db.Set<Facility>().AsNoTracking();
        return new(
            await all.Select(f => f.Country).Distinct().OrderBy(c => c).ToListAsync(cancellationToken),
            await all.Where(f => f.Country == Countries.UnitedStates && f.Region != null).Select(f => f.Region!).Distinct().OrderBy(r => r).ToListAsync(cancellationToken),
            await all.Where(f => f.AreaOfResponsibility != null).Select(f => f.AreaOfResponsibility!).Distinct().OrderBy(a => a).ToListAsync(cancellationToken),
            await all.Where(f => f.Type != null).Select(f => f.Type!).Distinct().OrderBy(t => t).ToListAsync(cancellationToken));
    }

    public Task<Facility?> FindAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Facility>().AsNoTracking().FirstOrDefaultAsync(f => f.Slug == slug, cancellationToken);

    public Task<Facility?> FindAsync(int id) => db.Set<Facility>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id);

    /// <summary>Every facility's address on the site, for the sitemap.</summary>
    public async Task<IReadOnlyList<string>> ListSlugsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Facility>().AsNoTracking().OrderBy(f => f.Slug).Select(f => f.Slug).ToListAsync(cancellationToken);

    public async Task<ChangeResult> CreateAsync(FacilityInput input)
    {
        var invalid = await ValidateAsync(input, null);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var facility = new Facility { Slug = "", Name = "", CreatedAt = now, UpdatedAt = now };
        Apply(facility, input);
        db.Add(facility);
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(facility.Id);
    }

    /// <summary>Staff corrections. An imported facility takes the next import's figures again: the file is the source.</summary>
    public async Task<ChangeResult> SaveAsync(int id, FacilityInput input)
    {
        var facility = await db.Set<Facility>().SingleOrDefaultAsync(f => f.Id == id);
        if (facility is null)
        {
            return ChangeResult.Fail("This facility does not exist.");
        }

        var invalid = await ValidateAsync(input, id);
        if (invalid is not null)
        {
            return invalid;
        }

        Apply(facility, input);
        facility.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(id);
    }

    private async Task<ChangeResult?> ValidateAsync(FacilityInput input, int? id)
    {
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            return ChangeResult.Fail("Enter the facility's name.", nameof(FacilityInput.Name));
        }

        var country = input.Country?.Trim().ToUpperInvariant();
        if (!Countries.IsValid(country))
        {
            return ChangeResult.Fail("Enter the country as its two-letter code, for example US, MX or GB.", nameof(FacilityInput.Country));
        }

        if (country == Countries.UnitedStates && !Jurisdictions.ByCode.ContainsKey(input.Region?.Trim().ToUpperInvariant() ?? ""))
        {
            return ChangeResult.Fail("For a facility in the United States, enter the two-letter state or territory code, for example TX.", nameof(FacilityInput.Region));
        }

        if (input.AreaOfResponsibility is { Length: > 0 } area && !FacilityCodes.AreasOfResponsibility.ContainsKey(area))
        {
            return ChangeResult.Fail("Choose one of ICE's areas of responsibility, or none.", nameof(FacilityInput.AreaOfResponsibility));
        }

        if ((input.Latitude is null) != (input.Longitude is null))
        {
            return ChangeResult.Fail("Give both the latitude and the longitude, or neither.", nameof(FacilityInput.Latitude));
        }

        if (input.Latitude is < -90 or > 90 || input.Longitude is < -180 or > 180)
        {
            return ChangeResult.Fail("The latitude is between -90 and 90 and the longitude between -180 and 180.", nameof(FacilityInput.Latitude));
        }

        if (input.AverageDailyPopulation < 0 || input.AverageStayDays < 0 || input.GuaranteedMinimum < 0)
        {
            return ChangeResult.Fail("Figures cannot be negative.", nameof(FacilityInput.AverageDailyPopulation));
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(input.Name) : input.Slug.Trim();
        if (!Slugs.IsValid(slug))
        {
            return ChangeResult.Fail("The address may only hold lower-case letters, digits and hyphens.", nameof(FacilityInput.Slug));
        }

        if (await db.Set<Facility>().AnyAsync(f => f.Slug == slug && f.Id != id))
        {
            return ChangeResult.Fail("Another facility already has this address.", nameof(FacilityInput.Slug));
        }

        return null;
    }

    private static void Apply(Facility facility, FacilityInput input)
    {
        facility.Name = input.Name!.Trim();
        facility.Slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(input.Name) : input.Slug.Trim();
        facility.Address = Optional(input.Address);
        facility.City = Optional(input.City);
        facility.Country = input.Country!.Trim().ToUpperInvariant();
        facility.Region = facility.Country == Countries.UnitedStates ? input.Region!.Trim().ToUpperInvariant() : Optional(input.Region);
        facility.PostalCode = Optional(input.PostalCode);
        facility.AreaOfResponsibility = Optional(input.AreaOfResponsibility);
        facility.Type = Optional(input.Type);
        facility.Operator = input.Operator;
        facility.GenderHoused = Optional(input.GenderHoused);
        facility.AverageDailyPopulation = input.AverageDailyPopulation;
        facility.AverageStayDays = input.AverageStayDays;
        facility.GuaranteedMinimum = input.GuaranteedMinimum;
        facility.FiguresPeriod = Optional(input.FiguresPeriod);
        if (facility.LastInspectedOn != input.LastInspectedOn)
        {
            facility.LastInspectedOn = input.LastInspectedOn;
            facility.LastInspectionNote = null;
        }

        facility.LastInspectionType = Optional(input.LastInspectionType);
        facility.LastInspectionRating = Optional(input.LastInspectionRating);
        facility.Source = Optional(input.Source);
        (facility.Latitude, facility.Longitude) = (input.Latitude, input.Longitude);
        if (input.Latitude is null && facility.Country == Countries.UnitedStates && ZipCentroids.Find(facility.PostalCode) is { } centre)
        {
            (facility.Latitude, facility.Longitude) = centre;
        }
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
