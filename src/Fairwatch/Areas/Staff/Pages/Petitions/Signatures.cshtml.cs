using System.Globalization;
using CsvHelper;
using Fairwatch.Petitions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Petitions;

/// <summary>
/// Every signature as CSV, streamed row by row so a petition of any size downloads in constant
/// memory. Text cells that a spreadsheet would run as a formula (=, +, -, @...) are escaped by
/// CsvHelper: a signer's name must not become a command on a staff member's computer.
/// </summary>
public sealed class SignaturesModel(PetitionService petitions) : PageModel
{
    public static readonly string[] Columns =
    [
        "Signed (UTC)", "First name", "Last name", "E-mail", "ZIP code", "State", "Comment",
        "Confirmed", "Confirmed (UTC)", "Wants updates", "Shown publicly", "Language",
    ];

    // A byte-order mark, so spreadsheet programs read the names' accents as UTF-8.
    private static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var petition = await petitions.FindAsync(id);
        if (petition is null)
        {
            return NotFound();
        }

        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"petition-{petition.Slug}-signatures.csv\"";
        Response.Headers.CacheControl = "no-store";
        await using var csv = CsvWriter.Create(Response.Body, Csv, true);
        csv.WriteHeader(Columns);
        await foreach (var s in petitions.StreamSignaturesAsync(id).WithCancellation(cancellationToken))
        {
            csv.WriteField(Time(s.CreatedAt));
            csv.WriteField(s.FirstName);
            csv.WriteField(s.LastName);
            csv.WriteField(s.Email);
            csv.WriteField(s.Zip);
            csv.WriteField(s.State);
            csv.WriteField(s.Comment);
            csv.WriteField(s.ConfirmedAt is not null);
            csv.WriteField(s.ConfirmedAt is { } confirmed ? Time(confirmed) : null);
            csv.WriteField(s.WantsUpdates);
            csv.WriteField(s.ShowName);
            csv.WriteField(s.Culture);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
        return new EmptyResult();
    }

    private static string Time(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
