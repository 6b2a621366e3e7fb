using Fairwatch.Cases;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Cases;

/// <summary>The case queue: overdue and urgent first. It shows no names or stories, so listing is not audited; opening a case is.</summary>
public sealed class IndexModel(CaseService cases, UserManager<Accounts.StaffUser> users) : PageModel
{
    /// <summary>"open" (the default), "all", or a status name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseSource? Source { get; set; }

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Enum.TryParse<CaseStatus>(Show, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (CaseStatus?)null;
        var filter = new CaseQueueFilter(status, OpenOnly: Show is null or "open", MineOnly: Mine, Source: Source is { } s && Enum.IsDefined(s) ? s : null);
        Rows = await cases.QueueAsync(filter, users.GetUserId(User)!, cancellationToken);
    }
}
