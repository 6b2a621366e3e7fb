using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Films;

/// <summary>
/// The film page is the same for every visitor, so it is cached; its comment form lives on a page
/// of its own (<see cref="CommentModel"/>), as a blog post's does.
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class FilmModel(FilmService films) : PageModel
{
    public Film Film { get; private set; } = null!;

    /// <summary>The film's campaign, when it has one that is published.</summary>
    public Campaign? Campaign { get; private set; }

    /// <summary>The page of comments asked for with <c>?comments=N</c>.</summary>
    public PublishedComments Comments { get; private set; } = PublishedComments.None;

    /// <summary>Ways to get the film: DVD, streaming, a screening licence...</summary>
    public IReadOnlyList<FilmOffer> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "comments")] int commentPage = 1, CancellationToken cancellationToken = default)
    {
        var page = await films.FindPublishedAsync(slug, commentPage, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        (Film, Campaign, Comments, Offers) = (page.Film, page.Campaign, page.Comments, page.Offers);
        return Page();
    }
}
