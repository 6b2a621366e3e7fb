using Fairwatch.Campaigns;
using Fairwatch.Pledges;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Pledges;

/// <summary>One page to edit, publish, follow and delete a pledge, and to choose who is featured; each form posts to its own handler.</summary>
public sealed class EditModel(PledgeService pledges, CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Pledge Current { get; private set; } = null!;

    public AllyPage Allies { get; private set; } = null!;

    public PledgeEditForm Pledge { get; set; } = new();

    // "page" is a route value of Razor Pages itself, so the query key is bound by name.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1) => await ShowAsync(pageNumber);

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Pledge")] PledgeEditForm pledge)
    {
        Pledge = pledge;
        return await ChangeAsync(() => pledges.SaveAsync(Id, pledge.ToInput()), localizer["Saved."], "Pledge");
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => pledges.SetPublishedAsync(Id, true), localizer["Published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => pledges.SetPublishedAsync(Id, false), localizer["Unpublished: visitors can no longer see it."]);

    public Task<IActionResult> OnPostFeatureAsync(long allyId) =>
        ChangeAsync(() => pledges.SetFeaturedAsync(Id, allyId, true), localizer["Approved: the ally is shown on the home page."]);

    public Task<IActionResult> OnPostUnfeatureAsync(long allyId) =>
        ChangeAsync(() => pledges.SetFeaturedAsync(Id, allyId, false), localizer["The ally is no longer shown on the home page."]);

    public async Task<IActionResult> OnPostDeleteAsync([FromForm(Name = "confirm")] bool confirm)
    {
        if (!confirm)
        {
            ModelState.AddModelError("confirm", localizer["Tick the box to confirm that you want to delete this pledge and its allies."]);
            return await ShowAsync(1);
        }

        var deleted = await pledges.DeleteAsync(Id);
        if (!deleted.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = localizer["Pledge deleted, with its allies."].Value;
        return Redirect("/staff/pledges");
    }

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

        return await ShowAsync(1, keepPledgeForm: formPrefix == "Pledge");
    }

    private async Task<IActionResult> ShowAsync(int pageNumber, bool keepPledgeForm = false)
    {
        var pledge = await pledges.FindAsync(Id);
        if (pledge is null)
        {
            return NotFound();
        }

        Current = pledge;
        Allies = await pledges.ListAlliesAsync(Id, pageNumber);
        ViewData["Campaigns"] = await campaigns.ListAllAsync();
        if (!keepPledgeForm)
        {
            Pledge = PledgeEditForm.From(pledge);
        }

        return Page();
    }
}
