using Fairwatch.Sharing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages.Sharing;

/// <summary>
/// How many actions a person's shared links brought in: only the count, nothing about who acted or
/// who shared. Whoever has the code may see it; it is in the links the person shared.
/// </summary>
public sealed class RecruitedModel(ReferralReport report) : PageModel
{
    public int Count { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (Referrals.Normalise(code) is not { } valid)
        {
            return NotFound();
        }

        Count = await report.CountRecruitedAsync(valid, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
