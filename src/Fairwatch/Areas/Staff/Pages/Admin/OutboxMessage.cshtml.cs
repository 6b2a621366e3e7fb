using Fairwatch.Data;
using Fairwatch.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Areas.Staff.Pages.Admin;

/// <summary>
/// Shows a message's text in Development (pick-up folder mode) so a developer can follow links
/// without a mail client. With a real SMTP server the content is not shown: it may hold links
/// that act on someone's account.
/// </summary>
public sealed class OutboxMessageModel(FairwatchDb db, EmailTransport transport) : PageModel
{
    public OutboxMessage Message { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!transport.UsesPickupFolder)
        {
            return NotFound();
        }

        var message = await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments).SingleOrDefaultAsync(m => m.Id == id);
        if (message is null)
        {
            return NotFound();
        }

        Message = message;
        return Page();
    }
}
