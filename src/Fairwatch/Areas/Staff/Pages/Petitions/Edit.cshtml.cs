using Fairwatch.Campaigns;
using Fairwatch.Petitions;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Petitions;

/// <summary>One page to edit, publish, follow and delete a petition; each form posts to its own handler.</summary>
public sealed class EditModel(PetitionService petitions, CampaignService campaigns, PublicUrls urls, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Petition Current { get; private set; } = null!;

    public SignatureCounts Counts { get; private set; } = null!;

    public PetitionForm Petition { get; set; } = new();

    public PetitionUpdateForm Update { get; set; } = new();

    /// <summary>What a partner site pastes to show the petition.</summary>
    public string EmbedCode => $"<iframe src=\"{urls.ForPage(Request, $"/embed/petitions/{Current.Slug}")}\" title=\"{System.Net.WebUtility.HtmlEncode(Current.Title.En)}\" width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>";

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Petition = PetitionForm.From(Current);
        Update.PublishedAt = DateTime.UtcNow.Date;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Petition")] PetitionForm petition)
    {
        Petition = petition;
        return await ChangeAsync(() => petitions.SaveAsync(Id, petition.ToInput()), localizer["Saved."], "Petition");
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => petitions.SetPublishedAsync(Id, true), localizer["Published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => petitions.SetPublishedAsync(Id, false), localizer["Unpublished: visitors can no longer see it."]);

    public async Task<IActionResult> OnPostAddUpdateAsync([FromForm(Name = "Update")] PetitionUpdateForm update)
    {
        Update = update;
        var done = update.EmailSigners ? localizer["Update posted. It is being e-mailed to the signers who asked for updates."] : localizer["Update posted."];
        return await ChangeAsync(() => petitions.PostUpdateAsync(Id, update.ToInput()), done, "Update");
    }

    public Task<IActionResult> OnPostRemoveUpdateAsync(int updateId) => ChangeAsync(() => petitions.RemoveUpdateAsync(Id, updateId), localizer["Update removed."]);

    public async Task<IActionResult> OnPostDeleteAsync([FromForm(Name = "confirm")] bool confirm)
    {
        if (!confirm)
        {
            ModelState.AddModelError("confirm", localizer["Tick the box to confirm that you want to delete this petition and its signatures."]);
            return await ShowAsync();
        }

        var deleted = await petitions.DeleteAsync(Id);
        if (!deleted.Succeeded)
        {
            return NotFound();
        }

        TempData["Status"] = localizer["Petition deleted, with its signatures."].Value;
        return Redirect("/staff/petitions");
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

        if (formPrefix != "Petition")
        {
            Petition = new();
        }

        return await ShowAsync(keepPetitionForm: formPrefix == "Petition");
    }

    private async Task<IActionResult> ShowAsync(bool keepPetitionForm = false)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!keepPetitionForm)
        {
            Petition = PetitionForm.From(Current);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var petition = await petitions.FindAsync(Id);
        if (petition is null)
        {
            return false;
        }

        Current = petition;
        Counts = await petitions.CountAsync(Id);
        ViewData["Campaigns"] = await campaigns.ListAllAsync();
        return true;
    }
}
