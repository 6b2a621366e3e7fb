using System.Globalization;
using CsvHelper;
using Fairwatch.Signups;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Signups;

/// <summary>
/// One list as CSV, with the consent record of every address, streamed row by row. Cells a
/// spreadsheet would run as a formula are escaped by CsvHelper.
/// </summary>
public sealed class ExportModel(SignupService signups) : PageModel
{
    public static readonly string[] Columns =
    [
        "E-mail", "Name", "Language", "Status", "Form", "First asked (UTC)", "Last asked (UTC)", "Confirmed (UTC)", "Unsubscribed (UTC)",
    ];

    // A byte-order mark, so spreadsheet programs read the names' accents as UTF-8.
    private static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public async Task<IActionResult> OnGetAsync(string list, CancellationToken cancellationToken)
    {
        int? campaignId = null;
        if (list != "organisation")
        {
            if (!int.TryParse(list, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return NotFound();
            }

            campaignId = id;
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"signups-{list}.csv\"";
        Response.Headers.CacheControl = "no-store";
        await using var csv = CsvWriter.Create(Response.Body, Csv, true);
        csv.WriteHeader(Columns);
        await foreach (var s in signups.StreamListAsync(campaignId).WithCancellation(cancellationToken))
        {
            csv.WriteField(s.Email);
            csv.WriteField(s.Name);
            csv.WriteField(s.Culture);
            csv.WriteField(s.Status.ToString());
            csv.WriteField(s.Source);
            csv.WriteField(Time(s.CreatedAt));
            csv.WriteField(Time(s.RequestedAt));
            csv.WriteField(s.ConfirmedAt is { } confirmed ? Time(confirmed) : null);
            csv.WriteField(s.UnsubscribedAt is { } unsubscribed ? Time(unsubscribed) : null);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
        return new EmptyResult();
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
