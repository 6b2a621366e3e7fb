using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Films;

/// <summary>
/// "Get the film": every published film that has offers, each with its DVDs, streaming services
/// and screening licences. An outreach site for one film shows just that film; a library shows each.
/// </summary>
[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class GetTheFilmModel(FilmOfferService offers) : PageModel
{
    public IReadOnlyList<FilmWithOffers> Films { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Films = await offers.ListPublishedAsync(cancellationToken);
}
