using Fairwatch.Blog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Blog;

public sealed class AuthorsModel(BlogService blog, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<AuthorSummary> Authors { get; private set; } = [];

    [BindProperty]
    public AuthorForm Author { get; set; } = new();

    public async Task OnGetAsync() => Authors = await blog.ListAuthorsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await blog.CreateAuthorAsync(Author.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Author added."].Value;
                return Redirect("/staff/blog/authors");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Author.{created.Field}", localizer[created.Error!]);
        }

        Authors = await blog.ListAuthorsAsync();
        return Page();
    }
}
