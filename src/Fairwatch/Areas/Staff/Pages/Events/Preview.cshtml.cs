using Fairwatch.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Events;

/// <summary>The event as visitors will see it, published or not; add ?lang=es for the Spanish version.</summary>
public sealed class PreviewModel(EventService events) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public EventListing Listing { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var listing = await events.PreviewAsync(Id, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }

        Listing = listing;
        return Page();
    }
}
