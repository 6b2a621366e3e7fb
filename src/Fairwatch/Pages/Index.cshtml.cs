using Fairwatch.Campaigns;
using Fairwatch.Pledges;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class IndexModel(CampaignService campaigns, PledgeService pledges) : PageModel
{
    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    /// <summary>Allies staff approved for the home page; approving or withdrawing one evicts the cached page.</summary>
    public IReadOnlyList<PublicAlly> Allies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Campaigns = [.. (await campaigns.ListPublishedAsync(cancellationToken)).Where(c => c.Status == CampaignStatus.Active)];
        Allies = await pledges.ListFeaturedAsync(cancellationToken);
    }
}
