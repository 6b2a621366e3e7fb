using Fairwatch.Search;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Search;

/// <summary>
/// Site search: a plain GET form, so it works without JavaScript and results can be linked to.
/// Not cached: every query is different, and caching them would let anyone fill the cache.
/// </summary>
public sealed class IndexModel(SiteSearch search) : PageModel
{
    public const int MaxQueryLength = 200;

    /// <summary>What the visitor typed, as typed (cut to a sensible length); null when nothing was asked.</summary>
    public string? Query { get; private set; }

    /// <summary>Null when there was no word to look for.</summary>
    public SearchResults? Found { get; private set; }

    /// <summary>The search form was sent, even if empty (model binding turns a blank query into null).</summary>
    public bool Asked { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Asked = Request.Query.ContainsKey("q");
        Query = q is null ? null : q.Length > MaxQueryLength ? q[..MaxQueryLength] : q;
        Found = await search.SearchAsync(Query, Cultures.Current, cancellationToken);
    }
}
