using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Films;

public sealed class IndexModel(FilmService films, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<Film> Films { get; private set; } = [];

    public FilmChoices Choices { get; private set; } = new([], []);

    [BindProperty]
    public FilmForm Film { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await films.CreateAsync(Film.ToInput());
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Film added. Check its page, then publish it."].Value;
                return Redirect($"/staff/films/{created.Id}");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Film.{created.Field}", localizer[created.Error!]);
        }
        else
        {
            FilmForm.AddFieldProblems(ModelState, films.CheckFields(Film.ToInput()), localizer);
        }

        await LoadAsync();
        return Page();
    }

    public string CampaignTitle(int? campaignId) =>
        Choices.Campaigns.FirstOrDefault(c => c.Id == campaignId)?.Title.Current ?? localizer["Stands alone"].Value;

    private async Task LoadAsync()
    {
        Films = await films.ListAllAsync();
        Choices = new FilmChoices(await campaigns.ListAllAsync(), await films.ListIssuesAsync());
    }
}
