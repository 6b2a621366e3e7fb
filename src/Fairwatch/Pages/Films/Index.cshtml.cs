using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Films;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class IndexModel(FilmService films, CampaignService campaigns) : PageModel
{
    public IReadOnlyList<Film> Films { get; private set; } = [];

    /// <summary>The issues visitors can filter by, in the reader's alphabetical order.</summary>
    public IReadOnlyList<FilmIssue> Issues { get; private set; } = [];

    /// <summary>The issue chosen in the filter, if any.</summary>
    public FilmIssue? Issue { get; private set; }

    /// <summary>The campaign whose films are listed (from its page's "all films" link), if any.</summary>
    public Campaign? Campaign { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? issue, string? campaign, CancellationToken cancellationToken)
    {
        // An unknown issue or campaign is a page that does not exist, not an empty list (and not one more cache entry).
        if (!string.IsNullOrEmpty(issue))
        {
            Issue = await films.FindIssueAsync(issue, cancellationToken);
            if (Issue is null)
            {
                return NotFound();
            }
        }

        if (!string.IsNullOrEmpty(campaign))
        {
            Campaign = await campaigns.FindPublishedHeaderAsync(campaign, cancellationToken);
            if (Campaign is null)
            {
                return NotFound();
            }
        }

        Issues = FilmIssueOrder.Alphabetical(await films.ListIssuesInUseAsync(cancellationToken));
        Films = await films.ListPublishedAsync(Issue?.Slug, Campaign?.Id, cancellationToken);
        return Page();
    }

    /// <summary>The filter address for an issue, keeping the campaign chosen.</summary>
    public string IssueUrl(FilmIssue? issue)
    {
        var query = new List<string>();
        if (Campaign is not null)
        {
            query.Add($"campaign={Campaign.Slug}");
        }

        if (issue is not null)
        {
            query.Add($"issue={issue.Slug}");
        }

        return query.Count == 0 ? "/films" : "/films?" + string.Join("&", query);
    }
}
