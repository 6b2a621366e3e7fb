using Fairwatch.Campaigns;
using Fairwatch.Events;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Events;

/// <summary>A new event, blank or filled in from a request to host a screening (?fromRequest=id).</summary>
public sealed class NewModel(
    EventService events, HostRequestService requests, FilmService films, CampaignService campaigns,
    UserManager<Accounts.StaffUser> users, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public EventChoices Choices { get; private set; } = new([], []);

    [BindProperty]
    public EventForm Event { get; set; } = new();

    public HostRequest? FromRequest { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? fromRequest)
    {
        if (fromRequest is int requestId)
        {
            var draft = await requests.DraftEventAsync(requestId);
            if (draft is null)
            {
                return NotFound();
            }

            Event = EventForm.From(draft);
        }

        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var created = await events.CreateAsync(Event.ToInput(), users.GetUserId(User));
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["Event added. Check its preview, then publish it."].Value;
                return Redirect($"/staff/events/{created.Id}");
            }

            ModelState.AddModelError(created.Field is null ? string.Empty : $"Event.{created.Field}", localizer[created.Error!]);
        }
        else
        {
            EventForm.AddFieldProblems(ModelState, events.CheckFields(Event.ToInput()), localizer);
        }

        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Choices = new EventChoices(await films.ListAllAsync(), await campaigns.ListAllAsync());
        FromRequest = Event.HostRequestId is int id ? await requests.FindAsync(id) : null;
    }
}
