using Fairwatch.Events;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Events;

/// <summary>Everyone who replied to an event: places, the waiting list in its order, cancellations; cancel a reply; download them as CSV.</summary>
public sealed class RepliesModel(EventService events, UserManager<Accounts.StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Event Current { get; private set; } = null!;

    public IReadOnlyList<Rsvp> Replies { get; private set; } = [];

    public IEnumerable<Rsvp> Confirmed => Replies.Where(r => r.Status == RsvpStatus.Confirmed);

    public IEnumerable<Rsvp> Waiting => Replies.Where(r => r.Status == RsvpStatus.Waitlisted);

    public IEnumerable<Rsvp> Cancelled => Replies.Where(r => r.Status == RsvpStatus.Cancelled);

    public async Task<IActionResult> OnGetAsync()
    {
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>GET ?handler=Csv: every reply, in the same order, for a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var headings = new RsvpCsvHeadings(
            localizer["Status"], localizer["Name"], localizer["E-mail address"], localizer["Party size"], localizer["Place on the waiting list"],
            localizer["Language"], localizer["Replied at (UTC)"], localizer["Confirmed at (UTC)"], localizer["Cancelled at (UTC)"], localizer["Reminded at (UTC)"],
            localizer["Confirmed"], localizer["Waiting list"], localizer["Cancelled"]);
        var buffer = new MemoryStream();
        await RsvpCsv.WriteAsync(buffer, Replies, headings);
        buffer.Position = 0;
        return File(buffer, "text/csv; charset=utf-8", $"replies-{Current.Slug}.csv");
    }

    public async Task<IActionResult> OnPostCancelAsync(int replyId)
    {
        var result = await events.CancelReplyByStaffAsync(Id, replyId, users.GetUserId(User));
        TempData["Status"] = result.Succeeded ? localizer["Reply cancelled. The person has been told by e-mail, and the waiting list has moved up."].Value : localizer[result.Error!].Value;
        return Redirect($"/staff/events/{Id}/replies");
    }

    private async Task<bool> LoadAsync()
    {
        var found = await events.FindAsync(Id);
        if (found is null)
        {
            return false;
        }

        Current = found;
        Replies = await events.ListRepliesAsync(Id);
        return true;
    }
}
