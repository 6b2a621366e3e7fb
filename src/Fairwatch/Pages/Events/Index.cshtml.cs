using Fairwatch.Events;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Events;

/// <summary>
/// The events listing is the same for every visitor and carries no form, so it is cached. It shows
/// places left, so every reply that changes them evicts it (<see cref="EventService.CacheTag"/>),
/// and it lives only a minute: a request that read the count just before a reply committed, and
/// stored its page just after the eviction, is wrong for a minute at most.
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicContent, Tags = [EventService.CacheTag], Duration = 60)]
public sealed class IndexModel(EventService events) : PageModel
{
    public IReadOnlyList<EventListing> Upcoming { get; private set; } = [];

    public IReadOnlyList<EventListing> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Upcoming = await events.ListUpcomingAsync(cancellationToken);
        Past = await events.ListPastAsync(cancellationToken);
    }
}
