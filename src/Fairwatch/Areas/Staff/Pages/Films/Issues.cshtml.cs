using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Films;

/// <summary>The human-rights issues films are tagged with: add, rename, remove.</summary>
public sealed class IssuesModel(FilmService films, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<FilmIssue> Issues { get; private set; } = [];

    public IssueForm Issue { get; set; } = new();

    public async Task OnGetAsync() => Issues = await films.ListIssuesAsync();

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = "Issue")] IssueForm issue)
    {
        Issue = issue;
        return await ChangeAsync(() => films.AddIssueAsync(issue.NameEn, issue.NameEs), localizer["Issue added."], "Issue");
    }

    public Task<IActionResult> OnPostRenameAsync(int issueId, string? nameEn, string? nameEs) =>
        ChangeAsync(() => films.RenameIssueAsync(issueId, nameEn, nameEs), localizer["Saved."]);

    public Task<IActionResult> OnPostRemoveAsync(int issueId) =>
        ChangeAsync(() => films.RemoveIssueAsync(issueId), localizer["Issue removed from every film."]);

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done, string? formPrefix = null)
    {
        if (ModelState.IsValid)
        {
            var result = await change();
            if (result.Succeeded)
            {
                TempData["Status"] = done.Value;
                return RedirectToPage();
            }

            var key = result.Field is null || formPrefix is null ? string.Empty : $"{formPrefix}.{result.Field}";
            ModelState.AddModelError(key, localizer[result.Error!]);
        }

        Issues = await films.ListIssuesAsync();
        return Page();
    }
}
