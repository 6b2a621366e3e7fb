using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Films;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class FilmModel(FilmService films) : PageModel
{
    public Film Film { get; private set; } = null!;

    /// <summary>The film's campaign, when it has one that is published.</summary>
    public Campaign? Campaign { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var page = await films.FindPublishedAsync(slug, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        (Film, Campaign) = (page.Film, page.Campaign);
        return Page();
    }
}
