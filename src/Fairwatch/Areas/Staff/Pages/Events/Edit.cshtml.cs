using Fairwatch.Campaigns;
using Fairwatch.Events;
using Fairwatch.Videos;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Events;

/// <summary>One page to edit, publish and delete an event; each form posts to its own handler.</summary>
public sealed class EditModel(EventService events, FilmService films, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Event Current { get; private set; } = null!;

    public EventChoices Choices { get; private set; } = new([], []);

    public EventForm Event { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Event = EventForm.From(EventService.ToInput(Current));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Event")] EventForm form)
    {
        Event = form;
        if (!ModelState.IsValid)
        {
            EventForm.AddFieldProblems(ModelState, events.CheckFields(form.ToInput()), localizer);
        }

        return await ChangeAsync(() => events.SaveAsync(Id, form.ToInput()), localizer["Saved."], keepForm: true);
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => events.SetPublishedAsync(Id, true), localizer["Published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => events.SetPublishedAsync(Id, false), localizer["Unpublished: visitors can no longer see it."]);

    public async Task<IActionResult> OnPostDeleteAsync([FromForm(Name = "confirm")] bool confirm)
    {
        if (!confirm)
        {
            ModelState.AddModelError("confirm", localizer["Tick the box to confirm that you want to delete this event."]);
            return await RedisplayAsync(keepForm: false);
        }

        var deleted = await events.DeleteAsync(Id);
        if (!deleted.Succeeded)
        {
            ModelState.AddModelError(string.Empty, localizer[deleted.Error!]);
            return await RedisplayAsync(keepForm: false);
        }

        TempData["Status"] = localizer["Event deleted."].Value;
        return Redirect("/staff/events");
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done, bool keepForm = false)
    {
        if (ModelState.IsValid)
        {
            var result = await change();
            if (result.Succeeded)
            {
                TempData["Status"] = done.Value;
                return RedirectToPage(new { Id });
            }

            var key = result.Field is null || !keepForm ? string.Empty : $"Event.{result.Field}";
            ModelState.AddModelError(key, localizer[result.Error!]);
        }

        return await RedisplayAsync(keepForm);
    }

    private async Task<IActionResult> RedisplayAsync(bool keepForm)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!keepForm)
        {
            Event = EventForm.From(EventService.ToInput(Current));
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var found = await events.FindAsync(Id);
        if (found is null)
        {
            return false;
        }

        Current = found;
        Choices = new EventChoices(await films.ListAllAsync(), await campaigns.ListAllAsync());
        return true;
    }
}
