using Fairwatch.Web;

namespace Fairwatch.Events;

public static class EventsSetup
{
    public static IServiceCollection AddFairwatchEvents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EventOptions>().Bind(configuration.GetSection(EventOptions.Section));
        services.AddScoped<EventService>();
        services.AddScoped<HostRequestService>();
        services.AddScoped<EventEmails>();
        services.AddSingleton<EventReminders>();
        services.AddHostedService(sp => sp.GetRequiredService<EventReminders>());
        // Adds to the options FairwatchApp's AddRateLimiter configures (status code, other policies).
        services.AddPublicFormRateLimit<EventOptions>(EventRateLimitPolicy.Name, o => o.FormPostsPerTenMinutes);
        return services;
    }

    /// <summary>GET /events/{slug}.ics: the public calendar entry of a published event (an online event's link to join is not in it).</summary>
    public static void MapEventCalendar(this IEndpointRouteBuilder app) =>
        app.MapGet("/events/{slug}.ics", async (string slug, EventService events, EventEmails emails, CancellationToken cancellationToken) =>
        {
            var found = await events.FindPublishedAsync(slug, cancellationToken);
            if (found is null)
            {
                return Results.NotFound();
            }

            var ev = found.Event;
            var file = CalendarFile.Write(emails.Entry(ev, Cultures.Current, withJoinLink: false));
            return Results.File(System.Text.Encoding.UTF8.GetBytes(file), $"{CalendarFile.MediaType}; charset=utf-8", EventEmails.CalendarFileName(ev));
        }).CacheOutput(OutputCachePolicies.PublicContent);
}

/// <summary>The rate-limiter policy of the RSVP, cancel and host forms (posts per network address, see <see cref="NetworkAddressKey"/>).</summary>
public static class EventRateLimitPolicy
{
    public const string Name = "event-forms";
}
