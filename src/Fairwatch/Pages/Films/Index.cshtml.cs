using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Films;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class IndexModel(FilmService films) : PageModel
{
    public IReadOnlyList<Film> Films { get; private set; } = [];

    /// <summary>The issues visitors can filter by, in the reader's alphabetical order.</summary>
    public IReadOnlyList<FilmIssue> Issues { get; private set; } = [];

    /// <summary>The issue chosen in the filter, if any.</summary>
    public FilmIssue? Issue { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? issue, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(issue))
        {
            // An unknown issue is a page that does not exist, not an empty list (and not one more cache entry).
            Issue = await films.FindIssueAsync(issue, cancellationToken);
            if (Issue is null)
            {
                return NotFound();
            }
        }

        Issues = FilmIssueOrder.Alphabetical(await films.ListIssuesInUseAsync(cancellationToken));
        Films = await films.ListPublishedAsync(Issue?.Slug, cancellationToken);
        return Page();
    }
}
