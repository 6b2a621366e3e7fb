using Fairwatch.Petitions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Petitions;

/// <summary>Every published petition with its count. Not output-cached, so the counts are the counters' own.</summary>
public sealed class IndexModel(PetitionService petitions) : PageModel
{
    public IReadOnlyList<Petition> Petitions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Petitions = await petitions.ListPublishedAsync(cancellationToken);
}
