using Fairwatch.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Volunteers;

/// <summary>The volunteer pipeline for coordinators: applicants by step.</summary>
public sealed class IndexModel(VolunteerService volunteers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ApplicantStatus? Status { get; set; }

    public IReadOnlyList<ApplicantRow> Applicants { get; private set; } = [];

    public IReadOnlyDictionary<ApplicantStatus, int> Counts { get; private set; } = new Dictionary<ApplicantStatus, int>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Applicants = await volunteers.ListAsync(Status is { } s && Enum.IsDefined(s) ? s : null, cancellationToken);
        Counts = await volunteers.CountsAsync(cancellationToken);
    }
}
