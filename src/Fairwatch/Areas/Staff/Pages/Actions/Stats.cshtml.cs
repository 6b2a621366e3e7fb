using Fairwatch.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Actions;

/// <summary>What supporters did through one action, and the same as a CSV file. No supporter's details.</summary>
public sealed class StatsModel(ActionService actions, ActionStats stats, DeliveryService deliveries) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public CampaignAction Current { get; private set; } = null!;

    public ActionFigures Figures { get; private set; } = null!;

    public DateTime CountedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        return File(ActionStats.ToCsv(Figures), "text/csv; charset=utf-8", $"{Current.Slug}-{CountedAt:yyyy-MM-dd}.csv");
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var action = await actions.FindAsync(Id);
        if (action is null)
        {
            return false;
        }

        Current = action;
        await deliveries.FollowOutboxAsync(cancellationToken);
        Figures = await stats.ForActionAsync(Id, cancellationToken);
        CountedAt = DateTime.UtcNow;
        return true;
    }
}
