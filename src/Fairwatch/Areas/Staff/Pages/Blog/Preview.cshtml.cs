using Fairwatch.Blog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Blog;

/// <summary>The post as readers will see it, published or not; add ?lang=es for the Spanish version.</summary>
public sealed class PreviewModel(BlogService blog) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public BlogPostPage View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        var view = await blog.PreviewAsync(Id);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
