using Fairwatch.Blog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Blog;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class IndexModel(BlogService blog) : PageModel
{
    public BlogListing Listing { get; private set; } = null!;

    public IReadOnlyList<TagCount> Tags { get; private set; } = [];

    // "page" is a route value of Razor Pages itself, so the query key is bound by name.
    public async Task<IActionResult> OnGetAsync(string? tag, [FromQuery(Name = "page")] int pageNumber = 1, CancellationToken cancellationToken = default)
    {
        // An unknown tag or page is a 404, which is never cached: made-up query strings cannot fill the cache.
        var listing = await blog.ListVisibleAsync(string.IsNullOrWhiteSpace(tag) ? null : tag, pageNumber, cancellationToken);
        if (listing is null)
        {
            return NotFound();
        }

        Listing = listing;
        Tags = await blog.ListTagsInUseAsync(cancellationToken);
        return Page();
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["tag"] = Listing.Tag?.Slug, ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null };
        return "/blog" + QueryString.Create(query.Where(q => q.Value is not null)).ToUriComponent();
    }
}
