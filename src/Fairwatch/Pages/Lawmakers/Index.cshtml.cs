using System.ComponentModel.DataAnnotations;
using Fairwatch.Lawmakers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Lawmakers;

/// <summary>
/// A GET form, so that it works without JavaScript and a result can be linked to and shared;
/// the ZIP code is not stored anywhere.
/// </summary>
public sealed class IndexModel(LawmakerDirectory directory, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string ZipField = "zip";

    // An empty box submitted is a mistake to point out, unlike a first visit with no zip at all.
    [BindProperty(SupportsGet = true, Name = ZipField)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Zip { get; set; }

    public LawmakerLookup? Result { get; private set; }

    public DateOnly AsOf => directory.AsOf;

    public void OnGet()
    {
        if (Zip is null)
        {
            return;
        }

        Result = directory.Lookup(Zip);
        if (Result.Status == ZipLookupStatus.InvalidZip)
        {
            ModelState.AddModelError(ZipField, string.IsNullOrWhiteSpace(Zip)
                ? localizer["Enter your ZIP code."]
                : localizer["Enter a ZIP code of 5 digits, for example 20001."]);
        }
        else if (Result.Status == ZipLookupStatus.UnknownZip)
        {
            ModelState.AddModelError(ZipField, localizer["We have no congressional district for ZIP code {0}. Check it, or use the ZIP code of your home address: ZIP codes only for PO boxes, businesses or military mail are not in our data.", Result.Zip!]);
        }
    }
}
