using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Visits;

public static class VisitsSetup
{
    public static IServiceCollection AddFairwatchVisits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VolunteerOptions>().Bind(configuration.GetSection(VolunteerOptions.Section));
        services.AddScoped<VolunteerService>();
        services.AddScoped<VisitReportService>();
        services.AddScoped<VisitGroupService>();
        services.AddScoped<VisitSlotService>();
        services.AddHostedService<VisitReminders>();
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

/// <summary>A first look shows a group covering one facility, with the demo volunteer and two visits to come.</summary>
public static class VisitGroupDemo
{
    public static async Task SeedAsync(Data.FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        var facility = await db.Set<Detention.Facility>().Where(f => f.Name.StartsWith("NORTHWEST ICE")).Select(f => (int?)f.Id).FirstOrDefaultAsync(cancellationToken);
        var volunteer = await db.Users.Where(u => u.Email == "volunteer@demo.fairwatch.test").Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (facility is null || volunteer is null || await db.Set<VisitGroup>().AnyAsync(cancellationToken))
        {
            return;
        }

        const string zone = "America/Los_Angeles";
        var group = new VisitGroup { Name = "Puget Sound Visitation Network", Area = "Tacoma and Seattle, WA", TimeZoneId = zone, CreatedAt = now };
        group.Facilities.Add(new GroupFacility { FacilityId = facility.Value, AdoptedAt = now });
        group.Members.Add(new GroupMember { UserId = volunteer, JoinedAt = now });
        db.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        var today = Events.EventTimes.ToLocal(now, zone).Date;
        foreach (var days in new[] { 5, 19 })
        {
            var day = today.AddDays(days);
            db.Add(new VisitSlot
            {
                GroupId = group.Id,
                FacilityId = facility.Value,
                StartsAt = Events.EventTimes.ToUtc(day, new TimeOnly(10, 0), zone, out _)!.Value,
                EndsAt = Events.EventTimes.ToUtc(day, new TimeOnly(12, 30), zone, out _)!.Value,
                TimeZoneId = zone,
                Capacity = 4,
                MeetingPoint = "The visitor entrance on East J Street, 30 minutes before",
                Notes = "Bring a photo ID. Phones stay in the car.",
                CreatedAt = now,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Writes visit reminders to the outbox every few minutes (<see cref="VisitSlotService.SendDueRemindersAsync"/>).</summary>
public sealed partial class VisitReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<VolunteerOptions> options, ILogger<VisitReminders> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.ReminderCheckEvery <= TimeSpan.Zero)
        {
            return;
        }

        await RecurringWork.RunAsync(options.Value.ReminderCheckEvery, clock, async cancellationToken =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var sent = await scope.ServiceProvider.GetRequiredService<VisitSlotService>().SendDueRemindersAsync(cancellationToken);
            if (sent > 0)
            {
                LogSent(logger, sent);
            }
        }, e => LogRoundFailed(logger, e), stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote {Count} visit reminders to the outbox.")]
    private static partial void LogSent(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Visit reminder round failed; will try again")]
    private static partial void LogRoundFailed(ILogger logger, Exception ex);
}

/// <summary>The rate-limiter policy of the volunteer application form (posts per network address, counted in memory only).</summary>
public static class VolunteerRateLimitPolicy
{
    public const string Name = "volunteer-forms";
}
