using Fairwatch.Actions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Actions;

/// <summary>One message: where it went, how, and every change of its status.</summary>
public sealed class DeliveryModel(DeliveryService deliveries) : PageModel
{
    public DeliveryItem Item { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var item = await deliveries.FindAsync(id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        Item = item;
        return Page();
    }
}
