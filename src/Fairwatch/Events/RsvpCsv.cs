using System.Globalization;
using CsvHelper;

namespace Fairwatch.Events;

/// <summary>The column headings and status names of the replies CSV, in the language of the staff member who downloads it.</summary>
public sealed record RsvpCsvHeadings(
    string Status, string Name, string Email, string PartySize, string WaitlistPosition, string Language,
    string RepliedAt, string ConfirmedAt, string CancelledAt, string RemindedAt,
    string Confirmed, string Waitlisted, string Cancelled);

/// <summary>
/// The replies of an event as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheet
/// programs read names with accents correctly). Names are typed by the public, so a cell that a
/// spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is
/// escaped by CsvHelper with a leading apostrophe.
/// </summary>
public static class RsvpCsv
{
    public static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static async Task WriteAsync(Stream output, IReadOnlyList<Rsvp> replies, RsvpCsvHeadings headings)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader([
            headings.Status, headings.Name, headings.Email, headings.PartySize, headings.WaitlistPosition, headings.Language,
            headings.RepliedAt, headings.ConfirmedAt, headings.CancelledAt, headings.RemindedAt,
        ]);
        var position = 0;
        foreach (var reply in replies)
        {
            await csv.WriteRecordAsync([
                reply.Status switch
                {
                    RsvpStatus.Confirmed => headings.Confirmed,
                    RsvpStatus.Waitlisted => headings.Waitlisted,
                    _ => headings.Cancelled,
                },
                reply.Name,
                reply.Email,
                reply.PartySize.ToString(CultureInfo.InvariantCulture),
                reply.Status == RsvpStatus.Waitlisted ? (++position).ToString(CultureInfo.InvariantCulture) : "",
                reply.Culture,
                Time(reply.RepliedAt),
                Time(reply.ConfirmedAt),
                Time(reply.CancelledAt),
                Time(reply.RemindedAt),
            ]);
        }

        await csv.FlushAsync();
    }

    private static string Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";
}
