using Fairwatch.Blog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Blog;

public sealed class AuthorModel(BlogService blog, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public BlogAuthor Current { get; private set; } = null!;

    public AuthorForm Author { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Author = AuthorForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Author")] AuthorForm author)
    {
        Author = author;
        if (ModelState.IsValid)
        {
            var saved = await blog.SaveAuthorAsync(Id, author.ToInput());
            if (saved.Succeeded)
            {
                TempData["Status"] = localizer["Saved."].Value;
                return Redirect($"/staff/blog/authors/{Id}");
            }

            ModelState.AddModelError(saved.Field is null ? string.Empty : $"Author.{saved.Field}", localizer[saved.Error!]);
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPhotoAsync(IFormFile? photoUpload)
    {
        var saved = await blog.SetAuthorPhotoAsync(Id, photoUpload);
        if (saved.Succeeded)
        {
            TempData["Status"] = localizer["Photo saved."].Value;
            return Redirect($"/staff/blog/authors/{Id}");
        }

        ModelState.AddModelError(nameof(photoUpload), localizer[saved.Error!]);
        return await RedisplayAsync();
    }

    public async Task<IActionResult> OnPostRemovePhotoAsync()
    {
        var removed = await blog.RemoveAuthorPhotoAsync(Id);
        if (!removed.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = localizer["Photo removed."].Value;
        return Redirect($"/staff/blog/authors/{Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var deleted = await blog.DeleteAuthorAsync(Id);
        if (deleted.Succeeded)
        {
            TempData["Status"] = localizer["Author deleted."].Value;
            return Redirect("/staff/blog/authors");
        }

        ModelState.AddModelError(string.Empty, localizer[deleted.Error!]);
        return await RedisplayAsync();
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Author = AuthorForm.From(Current);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var author = await blog.FindAuthorAsync(Id);
        if (author is null)
        {
            return false;
        }

        Current = author;
        return true;
    }
}
