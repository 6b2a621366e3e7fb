using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Films;

/// <summary>The ways to get one film: add, order and remove offers (each is edited on its own page).</summary>
public sealed class OffersModel(FilmService films, FilmOfferService offers, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Film Film { get; private set; } = null!;

    public IReadOnlyList<FilmOffer> Offers { get; private set; } = [];

    public OfferForm Offer { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = "Offer")] OfferForm offer)
    {
        Offer = offer;
        if (!ModelState.IsValid)
        {
            ModelState.AddFieldProblems("Offer", FilmOfferService.CheckFields(offer.ToInput()), localizer);
            return await LoadAsync() ? Page() : NotFound();
        }

        var added = await offers.AddAsync(Id, offer.ToInput());
        if (added.Succeeded)
        {
            TempData["Status"] = localizer["Offer added."].Value;
            return RedirectToPage(new { Id });
        }

        ModelState.AddModelError(added.Field is null ? string.Empty : $"Offer.{added.Field}", localizer[added.Error!]);
        return await LoadAsync() ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostMoveAsync(int offerId, bool up) => ChangeAsync(() => offers.MoveAsync(Id, offerId, up), localizer["Order saved."]);

    public Task<IActionResult> OnPostRemoveAsync(int offerId) => ChangeAsync(() => offers.RemoveAsync(Id, offerId), localizer["Offer removed."]);

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done)
    {
        var result = await change();
        if (result.Succeeded)
        {
            TempData["Status"] = done.Value;
            return RedirectToPage(new { Id });
        }

        ModelState.AddModelError(string.Empty, localizer[result.Error!]);
        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var film = await films.FindAsync(Id);
        if (film is null)
        {
            return false;
        }

        Film = film;
        Offers = await offers.ListForFilmAsync(Id);
        return true;
    }
}
