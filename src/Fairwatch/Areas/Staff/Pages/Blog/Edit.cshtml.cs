using System.Globalization;
using Fairwatch.Blog;
using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Blog;

/// <summary>One page to edit a post and everything it shows; each form posts to its own handler.</summary>
public sealed class EditModel(BlogService blog, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public BlogPost Current { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> AuthorOptions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> CampaignOptions { get; private set; } = [];

    public PostForm Post { get; set; } = new();

    public TagForm Tag { get; set; } = new();

    public FactForm Fact { get; set; } = new();

    public SocialPostForm Social { get; set; } = new();

    /// <summary>Published, but dated in the future: visitors see it from that date.</summary>
    public bool IsScheduled => Current.IsPublished && Current.PublishedAt > DateTime.UtcNow;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Post = PostForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Post")] PostForm post)
    {
        Post = post;
        return await ChangeAsync(() => blog.SaveAsync(Id, post.ToInput()), localizer["Saved."], "Post");
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => blog.SetPublishedAsync(Id, true), localizer["The post is published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => blog.SetPublishedAsync(Id, false), localizer["The post is unpublished: visitors can no longer see it."]);

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var deleted = await blog.DeleteAsync(Id);
        if (deleted.Succeeded)
        {
            TempData["Status"] = localizer["Post deleted."].Value;
            return Redirect("/staff/blog");
        }

        return await ShowErrorAsync(deleted, null);
    }

    public async Task<IActionResult> OnPostAddTagAsync([FromForm(Name = "Tag")] TagForm tag)
    {
        Tag = tag;
        return await ChangeAsync(() => blog.AddTagAsync(Id, tag.NameEn, tag.NameEs), localizer["Tag added."], "Tag");
    }

    public Task<IActionResult> OnPostRemoveTagAsync(int tagId) => ChangeAsync(() => blog.RemoveTagAsync(Id, tagId), localizer["Tag removed."]);

    public async Task<IActionResult> OnPostAddFactAsync([FromForm(Name = "Fact")] FactForm fact)
    {
        Fact = fact;
        return await ChangeAsync(() => blog.AddFactAsync(Id, fact.ToInput()), localizer["Fact added."], "Fact");
    }

    public Task<IActionResult> OnPostMoveFactAsync(int factId, bool up) => ChangeAsync(() => blog.MoveFactAsync(Id, factId, up), localizer["Fact moved."]);

    public Task<IActionResult> OnPostRemoveFactAsync(int factId) => ChangeAsync(() => blog.RemoveFactAsync(Id, factId), localizer["Fact removed."]);

    public async Task<IActionResult> OnPostAddSocialAsync([FromForm(Name = "Social")] SocialPostForm social)
    {
        Social = social;
        return await ChangeAsync(() => blog.AddSocialPostAsync(Id, social.ToInput()), localizer["Sample post added."], "Social");
    }

    public Task<IActionResult> OnPostMoveSocialAsync(int socialId, bool up) => ChangeAsync(() => blog.MoveSocialPostAsync(Id, socialId, up), localizer["Sample post moved."]);

    public Task<IActionResult> OnPostRemoveSocialAsync(int socialId) => ChangeAsync(() => blog.RemoveSocialPostAsync(Id, socialId), localizer["Sample post removed."]);

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done, string? formPrefix = null)
    {
        if (ModelState.IsValid)
        {
            var result = await change();
            if (result.Succeeded)
            {
                TempData["Status"] = done.Value;
                return Redirect($"/staff/blog/{Id}");
            }

            return await ShowErrorAsync(result, formPrefix);
        }

        return await ShowErrorAsync(null, formPrefix);
    }

    private async Task<IActionResult> ShowErrorAsync(ChangeResult? result, string? formPrefix)
    {
        if (result is not null)
        {
            var key = result.Field is null || formPrefix is null ? string.Empty : $"{formPrefix}.{result.Field}";
            ModelState.AddModelError(key, localizer[result.Error!]);
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (formPrefix != "Post")
        {
            Post = PostForm.From(Current);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var post = await blog.FindAsync(Id);
        if (post is null)
        {
            return false;
        }

        Current = post;
        AuthorOptions = [.. (await blog.ListAuthorsAsync()).Select(a => new SelectListItem(a.Author.Name, a.Author.Id.ToString(CultureInfo.InvariantCulture)))];
        CampaignOptions =
        [
            new SelectListItem(localizer["No campaign"].Value, ""),
            .. (await campaigns.ListAllAsync()).Select(c => new SelectListItem(c.Title.Current, c.Id.ToString(CultureInfo.InvariantCulture))),
        ];
        return true;
    }
}
