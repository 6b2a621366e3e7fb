using Fairwatch.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Referrals;

/// <summary>Where actions come from: per petition and list, the referral codes that brought most and the channels.</summary>
public sealed class IndexModel(ReferralReport report) : PageModel
{
    public IReadOnlyList<ReferralSources> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sources = await report.ListSourcesAsync(cancellationToken);
}
