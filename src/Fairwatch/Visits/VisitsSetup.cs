using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Visits;

public static class VisitsSetup
{
    public static IServiceCollection AddFairwatchVisits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VolunteerOptions>().Bind(configuration.GetSection(VolunteerOptions.Section));
        services.AddScoped<VolunteerService>();
        services.AddScoped<VisitReportService>();
        services.AddPublicFormRateLimit<VolunteerOptions>(VolunteerRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }
}

/// <summary>A first look shows applicants at each step of the pipeline.</summary>
public static class VolunteerDemo
{
    public static async Task SeedAsync(Data.FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<VolunteerApplication>().AnyAsync(cancellationToken))
        {
            return;
        }

        (string Name, string Email, string Languages, string Area, ApplicantStatus Status, int DaysAgo)[] applicants =
        [
            ("Lucía Ramos", "lucia.ramos@example.org", "Spanish, English", "Tacoma, WA", ApplicantStatus.Applied, 2),
            ("Daniel Okafor", "daniel.okafor@example.org", "English, French", "Newark, NJ", ApplicantStatus.Screening, 9),
            ("Mai Nguyen", "mai.nguyen@example.org", "Vietnamese, English", "Houston, TX", ApplicantStatus.Training, 20),
        ];
        foreach (var (name, email, languages, area, status, daysAgo) in applicants)
        {
            db.Add(new VolunteerApplication
            {
                Name = name,
                Email = email,
                Languages = languages,
                Availability = "Two Saturday mornings a month",
                Area = area,
                Culture = "en",
                Status = status,
                AppliedAt = now.AddDays(-daysAgo),
                StatusChangedAt = now.AddDays(-daysAgo / 2),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The rate-limiter policy of the volunteer application form (posts per network address, counted in memory only).</summary>
public static class VolunteerRateLimitPolicy
{
    public const string Name = "volunteer-forms";
}
