using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Films;

/// <summary>One page to edit, publish and delete a film; each form posts to its own handler.</summary>
public sealed class EditModel(FilmService films, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Film Current { get; private set; } = null!;

    public FilmChoices Choices { get; private set; } = new([], []);

    public FilmForm Film { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Film = FilmForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Film")] FilmForm film)
    {
        Film = film;
        if (!ModelState.IsValid)
        {
            FilmForm.AddFieldProblems(ModelState, films.CheckFields(film.ToInput()), localizer);
        }

        return await ChangeAsync(() => films.SaveAsync(Id, film.ToInput()), localizer["Saved."], keepForm: true);
    }

    public async Task<IActionResult> OnPostPosterAsync(IFormFile? posterUpload)
    {
        var result = await films.SetPosterAsync(Id, posterUpload);
        if (result.Succeeded)
        {
            TempData["Status"] = localizer["Poster saved. The player shows it instead of the poster drawn from the title."].Value;
            return RedirectToPage(new { Id });
        }

        ModelState.AddModelError(nameof(posterUpload), localizer[result.Error!]);
        return await RedisplayAsync(keepForm: false);
    }

    public Task<IActionResult> OnPostRemovePosterAsync() =>
        ChangeAsync(() => films.RemovePosterAsync(Id), localizer["Poster removed. The player draws one from the title again."]);

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => films.SetPublishedAsync(Id, true), localizer["Published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => films.SetPublishedAsync(Id, false), localizer["Unpublished: visitors can no longer see it."]);

    public async Task<IActionResult> OnPostDeleteAsync([FromForm(Name = "confirm")] bool confirm)
    {
        if (!confirm)
        {
            ModelState.AddModelError("confirm", localizer["Tick the box to confirm that you want to delete this film."]);
            return await RedisplayAsync(keepForm: false);
        }

        var deleted = await films.DeleteAsync(Id);
        if (!deleted.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = localizer["Film deleted."].Value;
        return Redirect("/staff/films");
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done, bool keepForm = false)
    {
        if (ModelState.IsValid)
        {
            var result = await change();
            if (result.Succeeded)
            {
                TempData["Status"] = done.Value;
                return RedirectToPage(new { Id });
            }

            var key = result.Field is null || !keepForm ? string.Empty : $"Film.{result.Field}";
            ModelState.AddModelError(key, localizer[result.Error!]);
        }

        return await RedisplayAsync(keepForm);
    }

    private async Task<IActionResult> RedisplayAsync(bool keepForm)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!keepForm)
        {
            Film = FilmForm.From(Current);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var film = await films.FindAsync(Id);
        if (film is null)
        {
            return false;
        }

        Current = film;
        Choices = new FilmChoices(await campaigns.ListAllAsync(), await films.ListIssuesAsync());
        return true;
    }
}
