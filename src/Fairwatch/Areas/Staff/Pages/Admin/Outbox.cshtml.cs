using Fairwatch.Data;
using Fairwatch.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Admin;

public sealed class OutboxModel(FairwatchDb db, EmailTransport transport, EmailPickupFolder pickup, OutboxSignal signal, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int PageSize = 100;

    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];

    public int Pending { get; private set; }

    public int Sent { get; private set; }

    public int Failed { get; private set; }

    public string? PickupFolder => transport.UsesPickupFolder ? pickup.Path : null;

    [TempData]
    public string? Status { get; set; }

    public async Task OnGetAsync()
    {
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        Pending = counts.FirstOrDefault(c => c.Key == OutboxStatus.Pending)?.Count ?? 0;
        Sent = counts.FirstOrDefault(c => c.Key == OutboxStatus.Sent)?.Count ?? 0;
        Failed = counts.FirstOrDefault(c => c.Key == OutboxStatus.Failed)?.Count ?? 0;
        Messages = await db.OutboxMessages.AsNoTracking().OrderByDescending(m => m.Id).Take(PageSize).ToListAsync();
    }

    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => m.Id == id && m.Status == OutboxStatus.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAt, now));
        signal.Notify();
        Status = localizer["The message will be sent again."];
        return RedirectToPage();
    }
}
