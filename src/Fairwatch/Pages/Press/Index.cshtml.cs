using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Fairwatch.Pages.Press;

[OutputCache(PolicyName = OutputCachePolicies.PublicContent)]
public sealed class IndexModel(PressService press) : PageModel
{
    public PressRoom Room { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Room = await press.PressRoomAsync(cancellationToken);
}
