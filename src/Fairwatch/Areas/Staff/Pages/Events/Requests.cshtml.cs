using Fairwatch.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Events;

/// <summary>Requests to host a screening, one tab per state with its count.</summary>
public sealed class RequestsModel(HostRequestService requests) : PageModel
{
    public static readonly IReadOnlyList<HostRequestStatus> Tabs = [HostRequestStatus.New, HostRequestStatus.Accepted, HostRequestStatus.Declined];

    [FromQuery(Name = "status")]
    public HostRequestStatus Status { get; set; } = HostRequestStatus.New;

    public IReadOnlyDictionary<HostRequestStatus, int> Counts { get; private set; } = new Dictionary<HostRequestStatus, int>();

    public IReadOnlyList<HostRequest> Requests { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Counts = await requests.CountsAsync();
        Requests = await requests.ListAsync(Status);
    }

    public static string TabUrl(HostRequestStatus status) => $"/staff/events/requests?status={status.ToString().ToLowerInvariant()}";
}
