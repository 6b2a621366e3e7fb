using Fairwatch.Campaigns;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Actions;

/// <summary>Letters written, calls made and posts shared through a campaign's published actions.</summary>
public sealed class ActionActivity(FairwatchDb db, IStringLocalizer<SharedResource> localizer) : ICampaignActivity
{
    public async Task<IReadOnlyList<ActivityCount>> CountAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        var actions = await db.Set<CampaignAction>().AsNoTracking()
            .Where(a => a.CampaignId == campaignId && a.IsPublished)
            .Select(a => new { a.Id, a.Kind })
            .ToListAsync(cancellationToken);
        var counts = new List<ActivityCount>();
        var letters = actions.Where(a => a.Kind == ActionKind.Letter).Select(a => a.Id).ToList();
        if (letters.Count > 0)
        {
            counts.Add(new(localizer["Letters written"], await db.Set<Letter>().LongCountAsync(l => letters.Contains(l.ActionId), cancellationToken)));
        }

        var calls = actions.Where(a => a.Kind == ActionKind.Call).Select(a => a.Id).ToList();
        if (calls.Count > 0)
        {
            counts.Add(new(localizer["Calls made"], await db.Set<CallReport>().LongCountAsync(c => calls.Contains(c.ActionId), cancellationToken)));
        }

        var posts = actions.Where(a => a.Kind == ActionKind.Social).Select(a => a.Id).ToList();
        if (posts.Count > 0)
        {
            counts.Add(new(localizer["Posts shared"], await db.Set<SocialPost>().LongCountAsync(p => posts.Contains(p.ActionId), cancellationToken)));
        }

        return counts;
    }
}
