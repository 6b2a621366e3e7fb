using System.ComponentModel.DataAnnotations;
using Fairwatch.Events;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Events;

/// <summary>One request to host a screening: what was asked, the decision and its note, and the events made from it.</summary>
public sealed class RequestModel(
    HostRequestService requests, FilmService films, UserManager<Accounts.StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public HostRequest Current { get; private set; } = null!;

    public Film? Film { get; private set; }

    public IReadOnlyList<Event> Events { get; private set; } = [];

    public DecisionForm Decision { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Decision = new DecisionForm { Status = Current.Status, Note = Current.StaffNote };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "Decision")] DecisionForm decision)
    {
        Decision = decision;
        if (ModelState.IsValid)
        {
            var result = await requests.DecideAsync(Id, decision.Status, decision.Note, users.GetUserId(User));
            if (result.Succeeded)
            {
                TempData["Status"] = localizer["Decision saved."].Value;
                return RedirectToPage(new { Id });
            }

            ModelState.AddModelError(result.Field is null ? string.Empty : $"Decision.{result.Field}", localizer[result.Error!]);
        }

        return await LoadAsync() ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync()
    {
        var request = await requests.FindAsync(Id);
        if (request is null)
        {
            return false;
        }

        Current = request;
        Film = request.FilmId is int filmId ? await films.FindAsync(filmId) : null;
        Events = await requests.EventsFromAsync(Id);
        return true;
    }
}

public sealed class DecisionForm
{
    public HostRequestStatus Status { get; set; }

    [StringLength(EventLimits.NoteLength, ErrorMessage = "The note is too long (2,000 characters at most).")]
    [Display(Name = "Note for staff (optional)")]
    public string? Note { get; set; }
}
