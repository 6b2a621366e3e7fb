using System.Globalization;
using System.Text;

namespace Fairwatch.Events;

/// <summary>One event as a calendar app needs it. Times are UTC.</summary>
public sealed record CalendarEntry(
    string Uid,
    DateTime StartsAt,
    DateTime EndsAt,
    DateTime Stamp,
    int Sequence,
    string Summary,
    string? Description,
    string? Location,
    string? Url);

/// <summary>
/// Writes an iCalendar file (RFC 5545) with one event. No iCalendar library is served by the
/// package registry here, and one VEVENT needs only the text rules done right: escaping, CRLF line
/// ends and lines folded at 75 octets without splitting a UTF-8 character. Times are written in
/// UTC (the "Z" form), which every calendar app converts to the reader's own zone, so no
/// VTIMEZONE block is needed.
/// </summary>
public static class CalendarFile
{
    public const string MediaType = "text/calendar";

    private const int MaxLineOctets = 75;

    public static string Write(CalendarEntry entry)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Fairwatch//Events//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:" + Escape(entry.Uid),
            "DTSTAMP:" + Utc(entry.Stamp),
            "DTSTART:" + Utc(entry.StartsAt),
            "DTEND:" + Utc(entry.EndsAt),
            "SEQUENCE:" + entry.Sequence.ToString(CultureInfo.InvariantCulture),
            "SUMMARY:" + Escape(entry.Summary),
        };
        if (!string.IsNullOrWhiteSpace(entry.Description))
        {
            lines.Add("DESCRIPTION:" + Escape(entry.Description));
        }

        if (!string.IsNullOrWhiteSpace(entry.Location))
        {
            lines.Add("LOCATION:" + Escape(entry.Location));
        }

        if (!string.IsNullOrWhiteSpace(entry.Url))
        {
            // A URI value, not text: it is not escaped.
            lines.Add("URL:" + entry.Url);
        }

        lines.Add("STATUS:CONFIRMED");
        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var file = new StringBuilder();
        foreach (var line in lines)
        {
            foreach (var part in Fold(line))
            {
                file.Append(part).Append("\r\n");
            }
        }

        return file.ToString();
    }

    /// <summary>TEXT escaping: backslash, semicolon and comma get a backslash; line breaks become \n.</summary>
    internal static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .ReplaceLineEndings("\n")
        .Replace("\n", "\\n", StringComparison.Ordinal);

    /// <summary>
    /// Splits a content line into parts of at most 75 octets; every part after the first starts
    /// with the one space that marks a continuation (and counts towards the 75).
    /// </summary>
    internal static IEnumerable<string> Fold(string line)
    {
        var part = new StringBuilder();
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxLineOctets)
            {
                yield return part.ToString();
                part.Clear().Append(' ');
                octets = 1;
            }

            part.Append(rune.ToString());
            octets += size;
        }

        yield return part.ToString();
    }

    private static string Utc(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
