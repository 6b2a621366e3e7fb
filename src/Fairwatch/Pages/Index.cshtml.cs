using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fairwatch.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
