using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Press;

public sealed class KitItemModel(PressService press, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public MediaKitItem Current { get; private set; } = null!;

    public KitItemForm Item { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await press.FindKitItemAsync(Id) is not { } current)
        {
            return NotFound();
        }

        (Current, Item) = (current, KitItemForm.From(current));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Item")] KitItemForm item)
    {
        if (await press.FindKitItemAsync(Id) is not { } current)
        {
            return NotFound();
        }

        (Current, Item) = (current, item);
        if (ModelState.IsValid)
        {
            var saved = await press.SaveKitItemAsync(Id, item.ToInput());
            if (saved.Succeeded)
            {
                TempData["Status"] = localizer["Saved."].Value;
                return Redirect("/staff/press/kit");
            }

            ModelState.AddProblem("Item", saved, localizer);
        }

        return Page();
    }
}
