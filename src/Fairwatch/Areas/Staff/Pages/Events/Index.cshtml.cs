using Fairwatch.Events;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Events;

public sealed class IndexModel(EventService events, HostRequestService requests) : PageModel
{
    public IReadOnlyList<EventSummary> Events { get; private set; } = [];

    public int NewRequests { get; private set; }

    public async Task OnGetAsync()
    {
        Events = await events.ListAllAsync();
        NewRequests = (await requests.CountsAsync())[HostRequestStatus.New];
    }
}
