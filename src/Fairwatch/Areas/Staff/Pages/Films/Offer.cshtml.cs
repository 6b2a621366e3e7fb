using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Films;

public sealed class OfferModel(FilmService films, FilmOfferService offers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public int OfferId { get; set; }

    public Film Film { get; private set; } = null!;

    public FilmOffer Current { get; private set; } = null!;

    public OfferForm Offer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Offer = OfferForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Offer")] OfferForm offer)
    {
        Offer = offer;
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddFieldProblems("Offer", FilmOfferService.CheckFields(offer.ToInput()), localizer);
            return Page();
        }

        var saved = await offers.SaveAsync(Id, OfferId, offer.ToInput());
        if (saved.Succeeded)
        {
            TempData["Status"] = localizer["Offer saved."].Value;
            return Redirect($"/staff/films/{Id}/offers");
        }

        ModelState.AddModelError(saved.Field is null ? string.Empty : $"Offer.{saved.Field}", localizer[saved.Error!]);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var film = await films.FindAsync(Id);
        var offer = film is null ? null : await offers.FindAsync(Id, OfferId);
        if (film is null || offer is null)
        {
            return false;
        }

        (Film, Current) = (film, offer);
        return true;
    }
}
