using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class IndexModel(CampaignService campaigns) : PageModel
{
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Campaigns = [.. (await campaigns.ListPublishedAsync(cancellationToken)).Where(c => c.Status == CampaignStatus.Active)];
}
