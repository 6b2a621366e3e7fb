using Fairwatch.Blog;
using Fairwatch.Campaigns;
using Fairwatch.Events;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Campaigns;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class CampaignModel(
    CampaignService campaigns, FilmService films, BlogService blog, EventService events, IEnumerable<ICampaignActivity> activity, TimeProvider clock) : PageModel
{
    public Campaign Campaign { get; private set; } = null!;

    /// <summary>Films shown on the page; all of them are on /films?campaign={slug}.</summary>
    public const int FilmsShown = 12;

    /// <summary>The campaign's first <see cref="FilmsShown"/> films.</summary>
    public IReadOnlyList<Film> Films { get; private set; } = [];

    public int FilmCount { get; private set; }

    public int UpdateCount { get; private set; }

    public IReadOnlyList<BlogPost> LatestPosts { get; private set; } = [];

    /// <summary>What the system itself counted, as of <see cref="CountedAt"/>: the page may be cached for a few minutes.</summary>
    public IReadOnlyList<ActivityCount> LiveCounts { get; private set; } = [];

    public DateTime CountedAt { get; private set; }

    public IReadOnlyList<Event> UpcomingEvents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var campaign = await campaigns.FindPublishedAsync(slug, cancellationToken);
        if (campaign is null)
        {
            return NotFound();
        }

        Campaign = campaign;
        Films = await films.ListPublishedForCampaignAsync(campaign.Id, FilmsShown, cancellationToken);
        FilmCount = Films.Count < FilmsShown ? Films.Count : await films.CountPublishedForCampaignAsync(campaign.Id, cancellationToken);
        UpdateCount = campaign.Updates.Count < CampaignService.NewestUpdates
            ? campaign.Updates.Count
            : await campaigns.CountUpdatesAsync(campaign.Id, cancellationToken);
        LatestPosts = await blog.LatestForCampaignAsync(campaign.Id, cancellationToken: cancellationToken);
        var counts = new List<ActivityCount>();
        foreach (var source in activity)
        {
            counts.AddRange(await source.CountAsync(campaign.Id, cancellationToken));
        }

        LiveCounts = counts;
        CountedAt = clock.GetUtcNow().UtcDateTime;
        UpcomingEvents = await events.ListUpcomingForCampaignAsync(campaign.Id, cancellationToken);
        return Page();
    }

    public static string StatusName(CampaignStatus status) => status switch
    {
        CampaignStatus.Won => "Won",
        CampaignStatus.Closed => "Closed",
        _ => "Active",
    };
}
