using System.Text;
using Fairwatch.Events;

namespace Fairwatch.Tests.Events;

public sealed class CalendarFileTests
{
    private static readonly CalendarEntry Entry = new(
        "event-7@fairwatch.test",
        new DateTime(2026, 11, 13, 1, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 11, 13, 3, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 10, 1, 9, 30, 5, DateTimeKind.Utc),
        3,
        "Proyección: «Una audiencia justa», con familias y abogadas; entrada libre",
        "Line one, with a comma; and a semicolon.\nLine two \\ with a backslash. ¿Preguntas? Sí: 🙂 " + new string('x', 120),
        "Riverside Community Center, 450 River Road",
        "https://fairwatch.test/events/a-fair-hearing");

    [Fact]
    public void Writes_one_event_in_utc_with_crlf_line_ends()
    {
        var file = CalendarFile.Write(Entry);

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", file, StringComparison.Ordinal);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", file, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", file.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var lines = Unfold(file);
        Assert.Contains("DTSTART:20261113T010000Z", lines);
        Assert.Contains("DTEND:20261113T030000Z", lines);
        Assert.Contains("DTSTAMP:20261001T093005Z", lines);
        Assert.Contains("UID:event-7@fairwatch.test", lines);
        Assert.Contains("SEQUENCE:3", lines);
        Assert.Contains("URL:https://fairwatch.test/events/a-fair-hearing", lines);
        Assert.Single(lines, l => l == "BEGIN:VEVENT");
    }

    [Fact]
    public void Escapes_text_so_that_commas_semicolons_backslashes_and_line_breaks_survive()
    {
        var lines = Unfold(CalendarFile.Write(Entry));

        Assert.Contains(@"SUMMARY:Proyección: «Una audiencia justa»\, con familias y abogadas\; entrada libre", lines);
        Assert.Contains(@"LOCATION:Riverside Community Center\, 450 River Road", lines);
        var description = Assert.Single(lines, l => l.StartsWith("DESCRIPTION:", StringComparison.Ordinal));
        Assert.StartsWith(@"DESCRIPTION:Line one\, with a comma\; and a semicolon.\nLine two \\ with a backslash.", description, StringComparison.Ordinal);
        Assert.Equal(Entry.Description, Unescape(description["DESCRIPTION:".Length..]));
    }

    [Fact]
    public void Folds_long_lines_at_75_octets_without_splitting_a_character()
    {
        var file = CalendarFile.Write(Entry);
        var physical = file.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        Assert.Contains(physical, line => line.StartsWith(' '));
        // Every physical line is whole UTF-8: no multi-byte character was cut in two.
        Assert.All(physical, line => Assert.DoesNotContain('\uFFFD', line));
        Assert.Equal(file.Replace("\r\n ", "", StringComparison.Ordinal), string.Join("\r\n", Unfold(file)) + "\r\n");
    }

    [Fact]
    public void Folding_counts_octets_not_characters()
    {
        // 40 two-octet letters are 80 octets: too long for one line, although only 40 characters.
        var parts = CalendarFile.Fold("SUMMARY:" + new string('ñ', 40)).ToList();

        Assert.Equal(2, parts.Count);
        Assert.Equal(75, Encoding.UTF8.GetByteCount(parts[0]) + 1);
        Assert.Equal("SUMMARY:" + new string('ñ', 40), parts[0] + parts[1][1..]);
    }

    private static List<string> Unfold(string file) =>
        [.. file.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)];

    private static string Unescape(string text)
    {
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                result.Append(text[i] is 'n' or 'N' ? '\n' : text[i]);
            }
            else
            {
                result.Append(text[i]);
            }
        }

        return result.ToString();
    }
}
