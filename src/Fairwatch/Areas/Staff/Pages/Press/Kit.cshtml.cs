using Fairwatch.Campaigns;
using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Press;

public sealed class KitModel(PressService press, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<MediaKitItem> Items { get; private set; } = [];

    public KitItemForm Item { get; set; } = new();

    public async Task OnGetAsync() => Items = await press.ListKitAsync();

    public async Task<IActionResult> OnPostAddAsync([FromForm(Name = "Item")] KitItemForm item)
    {
        Item = item;
        if (ModelState.IsValid)
        {
            var added = await press.AddKitItemAsync(item.ToInput(), item.File);
            if (added.Succeeded)
            {
                TempData["Status"] = localizer["File added to the media kit."].Value;
                return RedirectToPage();
            }

            ModelState.AddProblem("Item", added, localizer);
        }

        Items = await press.ListKitAsync();
        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(int itemId, bool up) => ChangeAsync(press.MoveKitItemAsync(itemId, up), localizer["Order saved."]);

    public Task<IActionResult> OnPostRemoveAsync(int itemId) => ChangeAsync(press.RemoveKitItemAsync(itemId), localizer["File removed from the media kit."]);

    private async Task<IActionResult> ChangeAsync(Task<ChangeResult> change, LocalizedString done)
    {
        var result = await change;
        TempData["Status"] = result.Succeeded ? done.Value : localizer[result.Error!].Value;
        return RedirectToPage();
    }
}
