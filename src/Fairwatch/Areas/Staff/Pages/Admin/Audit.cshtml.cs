using Fairwatch.Protection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Admin;

/// <summary>The audit log for administrators: read and filter only; nothing here (or anywhere) edits it.</summary>
public sealed class AuditModel(AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public AuditAction? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? RecordType { get; set; }

    [BindProperty(SupportsGet = true, Name = "record")]
    public string? RecordId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Results { get; private set; } = null!;

    public IReadOnlyList<string> RecordTypes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var results = await audit.ListAsync(new AuditFilter(Actor, Action is { } a && Enum.IsDefined(a) ? a : null, RecordType, RecordId, From, To), PageNumber, cancellationToken);
        if (results is null)
        {
            return NotFound();
        }

        Results = results;
        RecordTypes = await audit.RecordTypesAsync(cancellationToken);
        return Page();
    }

    /// <summary>This page's address with the current filters and another page number.</summary>
    public string PageUrl(int page) =>
        "/staff/admin/audit" + QueryString.Create(new Dictionary<string, string?>
        {
            ["actor"] = Actor,
            ["action"] = Action?.ToString(),
            ["type"] = RecordType,
            ["record"] = RecordId,
            ["from"] = From?.ToString("yyyy-MM-dd"),
            ["to"] = To?.ToString("yyyy-MM-dd"),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();
}
