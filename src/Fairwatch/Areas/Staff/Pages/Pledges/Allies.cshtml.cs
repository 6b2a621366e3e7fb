using System.Globalization;
using CsvHelper;
using Fairwatch.Pledges;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Pledges;

/// <summary>
/// Every ally as CSV, streamed row by row. Text cells that a spreadsheet would run as a formula
/// (=, +, -, @...) are escaped by CsvHelper, as in the petitions' export: an ally's message must
/// not become a command on a staff member's computer.
/// </summary>
public sealed class AlliesModel(PledgeService pledges) : PageModel
{
    public static readonly string[] Columns =
        ["Pledged (UTC)", "Name", "E-mail", "City", "Message", "Asked to be featured", "Featured since (UTC)", "Language"];

    // A byte-order mark, so spreadsheet programs read the names' accents as UTF-8.
    private static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var pledge = await pledges.FindAsync(id);
        if (pledge is null)
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"pledge-{pledge.Slug}-allies.csv\"";
        Response.Headers.CacheControl = "no-store";
        await using var csv = CsvWriter.Create(Response.Body, Csv, true);
        csv.WriteHeader(Columns);
        await foreach (var a in pledges.StreamAlliesAsync(id).WithCancellation(cancellationToken))
        {
            csv.WriteField(Time(a.CreatedAt));
            csv.WriteField(a.Name);
            csv.WriteField(a.Email);
            csv.WriteField(a.City);
            csv.WriteField(a.Message);
            csv.WriteField(a.WantsFeature);
            csv.WriteField(a.FeaturedAt is { } featured ? Time(featured) : null);
            csv.WriteField(a.Culture);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
        return new EmptyResult();
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
