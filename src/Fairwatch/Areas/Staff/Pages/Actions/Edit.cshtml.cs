using Fairwatch.Actions;
using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Actions;

/// <summary>One page to write, publish and address an action; each form posts to its own handler.</summary>
public sealed class EditModel(ActionService actions, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public CampaignAction Current { get; private set; } = null!;

    public IReadOnlyList<Campaign> Campaigns { get; private set; } = [];

    public ActionForm Action { get; set; } = new();

    public FixedTargetForm Target { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Action = ActionForm.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Action")] ActionForm action)
    {
        Action = action;
        return await ChangeAsync(() => actions.SaveAsync(Id, action.ToInput()), localizer["Saved."], "Action");
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => actions.SetPublishedAsync(Id, true), localizer["Published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => actions.SetPublishedAsync(Id, false), localizer["Unpublished: visitors can no longer see it."]);

    public async Task<IActionResult> OnPostAddTargetAsync([FromForm(Name = "Target")] FixedTargetForm target)
    {
        Target = target;
        return await ChangeAsync(() => actions.AddFixedTargetAsync(Id, target.Name, target.Title, target.Email), localizer["Target added."], "Target");
    }

    public Task<IActionResult> OnPostRemoveTargetAsync(int targetId) =>
        ChangeAsync(() => actions.RemoveFixedTargetAsync(Id, targetId), localizer["Target removed."]);

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done, string? formPrefix = null)
    {
        if (ModelState.IsValid)
        {
            var result = await change();
            if (result.Succeeded)
            {
                TempData["Status"] = done.Value;
                return RedirectToPage(new { Id });
            }

            var key = result.Field is null || formPrefix is null ? string.Empty : $"{formPrefix}.{result.Field}";
            ModelState.AddModelError(key, localizer[result.Error!]);
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (formPrefix != "Action")
        {
            Action = ActionForm.From(Current);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var action = await actions.FindAsync(Id);
        if (action is null)
        {
            return false;
        }

        Current = action;
        Campaigns = await campaigns.ListAllAsync();
        return true;
    }
}
