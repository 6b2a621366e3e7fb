using Fairwatch.Blog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Blog;

public sealed class IndexModel(BlogService blog, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<BlogPost> Posts { get; private set; } = [];

    public IReadOnlyList<SelectListItem> AuthorOptions { get; private set; } = [];

    [BindProperty]
    public PostForm Post { get; set; } = new();

    public async Task OnGetAsync()
    {
        Post.PublishedAt = DateTime.UtcNow.Date;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await blog.CreateAsync(Post.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Post created. Write it, add facts and sample posts, preview it, then publish it."].Value;
                return Redirect($"/staff/blog/{created.Id}");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Post.{created.Field}", localizer[created.Error!]);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Posts = await blog.ListAllAsync();
        AuthorOptions = [.. (await blog.ListAuthorsAsync()).Select(a => new SelectListItem(a.Author.Name, a.Author.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
