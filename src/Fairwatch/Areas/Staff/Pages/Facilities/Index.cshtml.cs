using Fairwatch.Detention;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Areas.Staff.Pages.Facilities;

public sealed class IndexModel(FacilityService facilities) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    public FacilityPage Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1)
    {
        var results = await facilities.ListAsync(new FacilityFilter(Text: Text), pageNumber);
        if (results is null)
        {
            return NotFound();
        }

        Results = results;
        return Page();
    }
}
