using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Detention;

public static class DetentionSetup
{
    public static IServiceCollection AddFairwatchDetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FacilityMapOptions>().Bind(configuration.GetSection(FacilityMapOptions.Section));
        services.AddScoped<FacilityService>();
        services.AddScoped<FacilityImport>();
        return services;
    }
}

/// <summary>The demo site starts with ICE's 220 facilities, as a real installation would after its first import.</summary>
public static class FacilityDemo
{
    public static async Task SeedAsync(FairwatchDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Set<Facility>().AnyAsync(cancellationToken))
        {
            // A site seeded before facilities had places gets them now.
            foreach (var facility in await db.Set<Facility>().Where(f => f.Latitude == null && f.Country == Countries.UnitedStates).ToListAsync(cancellationToken))
            {
                if (ZipCentroids.Find(facility.PostalCode) is { } centre)
                {
                    (facility.Latitude, facility.Longitude) = centre;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await new FacilityImport(db, clock).ImportAsync(await File.ReadAllBytesAsync(FacilityImport.BundledPath, cancellationToken), FacilityImport.BundledSource, FacilityImport.BundledPeriod, cancellationToken);
    }
}
