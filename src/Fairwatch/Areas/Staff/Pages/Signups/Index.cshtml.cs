using Fairwatch.Signups;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Signups;

/// <summary>Every list of updates with its subscribers by status, and the export of each.</summary>
public sealed class IndexModel(SignupService signups) : PageModel
{
    public IReadOnlyList<SignupListCounts> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lists = await signups.CountListsAsync(cancellationToken);
}
