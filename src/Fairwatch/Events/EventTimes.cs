using System.Globalization;
using Fairwatch.Web;
using NodaTime;

namespace Fairwatch.Events;

/// <summary>An event's time as its readers see it, in the event's own time zone.</summary>
/// <param name="Date">"Thursday 12 November 2026", "jueves 12 de noviembre de 2026".</param>
/// <param name="Times">"7:00 PM – 9:00 PM", "19:00 – 21:00".</param>
/// <param name="Zone">"CST (UTC−6, Chicago)": the zone's abbreviation when it has one, its offset then, and its city.</param>
/// <param name="StartIso">For &lt;time datetime&gt;: "2026-11-12T19:00-06:00".</param>
public sealed record EventWhen(string Date, string Times, string Zone, string StartIso, string EndIso)
{
    public string Full => $"{Date}, {Times} {Zone}";
}

public enum LocalTimeProblem
{
    None,

    /// <summary>The clocks skip this time (the spring change to daylight saving time).</summary>
    Skipped,
}

/// <summary>
/// Time zones by their IANA ids, from NodaTime's own copy of the tz database, so that every
/// instance and every test machine converts the same way. Staff enter local times; the database
/// keeps UTC.
/// </summary>
public static class EventTimes
{
    /// <summary>Offered first in the staff form: the United States, Puerto Rico, and where many of the people we work with come from.</summary>
    public static readonly IReadOnlyList<string> CommonZoneIds =
    [
        "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
        "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico", "America/Mexico_City", "America/Guatemala",
        "America/El_Salvador", "America/Tegucigalpa", "America/Bogota", "Europe/Madrid",
    ];

    public const string DefaultZoneId = "America/New_York";

    public static IReadOnlyList<string> AllZoneIds { get; } = [.. DateTimeZoneProviders.Tzdb.Ids.Order(StringComparer.Ordinal)];

    public static bool IsKnownZone(string? zoneId) => zoneId is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) is not null;

    /// <summary>
    /// The UTC instant of a local date and time in the zone. A time the clocks skip is refused
    /// rather than moved, so staff notice; a time that happens twice (the autumn change) is taken
    /// the first time round.
    /// </summary>
    public static DateTime? ToUtc(DateOnly date, TimeOnly time, string zoneId, out LocalTimeProblem problem)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var local = new LocalDateTime(date.Year, date.Month, date.Day, time.Hour, time.Minute, time.Second);
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            problem = LocalTimeProblem.Skipped;
            return null;
        }

        problem = LocalTimeProblem.None;
        return mapping.First().ToDateTimeUtc();
    }

    public static (DateOnly Date, TimeOnly Time) ToLocal(DateTime utc, string zoneId)
    {
        var local = Zoned(utc, zoneId).LocalDateTime;
        return (DateOnly.FromDateTime(local.ToDateTimeUnspecified()), TimeOnly.FromDateTime(local.ToDateTimeUnspecified()));
    }

    public static EventWhen Describe(DateTime startsUtc, DateTime endsUtc, string zoneId, string culture)
    {
        var spanish = Cultures.Normalise(culture) == Cultures.Spanish;
        var format = CultureInfo.GetCultureInfo(spanish ? Cultures.Spanish : Cultures.English);
        var start = Zoned(startsUtc, zoneId);
        var end = Zoned(endsUtc, zoneId);
        var datePattern = spanish ? "dddd d 'de' MMMM 'de' yyyy" : "dddd d MMMM yyyy";
        var timePattern = spanish ? "H:mm" : "h:mm tt";
        var startLocal = start.LocalDateTime.ToDateTimeUnspecified();
        var endLocal = end.LocalDateTime.ToDateTimeUnspecified();
        var endText = endLocal.ToString(timePattern, format);
        if (endLocal.Date != startLocal.Date)
        {
            endText += $" ({endLocal.ToString(datePattern, format)})";
        }

        return new EventWhen(
            startLocal.ToString(datePattern, format),
            $"{startLocal.ToString(timePattern, format)} – {endText}",
            ZoneName(start),
            Iso(start),
            Iso(end));
    }

    /// <summary>"Chicago" for America/Chicago, "Buenos Aires" for America/Argentina/Buenos_Aires; null for ids such as UTC.</summary>
    public static string? City(string zoneId)
    {
        var slash = zoneId.LastIndexOf('/');
        return slash < 0 || zoneId.StartsWith("Etc/", StringComparison.Ordinal) ? null : zoneId[(slash + 1)..].Replace('_', ' ');
    }

    /// <summary>"UTC−6", "UTC+5:30", "UTC+0", with a true minus sign.</summary>
    public static string Offset(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "−" : "+";
        var span = TimeSpan.FromSeconds(Math.Abs(seconds));
        return span.Minutes == 0
            ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{(int)span.TotalHours}")
            : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{(int)span.TotalHours}:{span.Minutes:00}");
    }

    private static ZonedDateTime Zoned(DateTime utc, string zoneId) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(DateTimeZoneProviders.Tzdb[zoneId]);

    private static string ZoneName(ZonedDateTime at)
    {
        var abbreviation = at.Zone.GetZoneInterval(at.ToInstant()).Name;
        var city = City(at.Zone.Id);
        var offset = Offset(at.Offset);
        var detail = city is null ? offset : $"{offset}, {city}";
        // Some zones have no letters of their own ("-05" for Bogotá); their offset says it all.
        return abbreviation.Length == 0 || abbreviation[0] is '+' or '-' || abbreviation == offset
            ? $"({detail})"
            : $"{abbreviation} ({detail})";
    }

    private static string Iso(ZonedDateTime at) =>
        at.ToDateTimeOffset().ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
