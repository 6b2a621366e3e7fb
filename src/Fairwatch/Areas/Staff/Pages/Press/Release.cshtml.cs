using Fairwatch.Campaigns;
using Fairwatch.Press;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Press;

/// <summary>One page to edit, publish, attach a PDF to and delete a press release; each form posts to its own handler.</summary>
public sealed class ReleaseModel(PressService press, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public PressRelease Current { get; private set; } = null!;

    public ReleaseForm Release { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() => await RedisplayAsync(keepForm: false);

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Release")] ReleaseForm release)
    {
        Release = release;
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(keepForm: true);
        }

        return await ChangeAsync(() => press.SaveAsync(Id, release.ToInput()), localizer["Saved."], keepForm: true);
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => press.SetPublishedAsync(Id, true), localizer["Published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => press.SetPublishedAsync(Id, false), localizer["Unpublished: visitors can no longer see it."]);

    public async Task<IActionResult> OnPostPdfAsync(IFormFile? pdfUpload)
    {
        var attached = await press.AttachPdfAsync(Id, pdfUpload);
        if (attached.Succeeded)
        {
            TempData["Status"] = localizer["PDF attached."].Value;
            return RedirectToPage(new { Id });
        }

        ModelState.AddModelError(nameof(pdfUpload), localizer[attached.Error!]);
        return await RedisplayAsync(keepForm: false);
    }

    public Task<IActionResult> OnPostRemovePdfAsync() => ChangeAsync(() => press.RemovePdfAsync(Id), localizer["PDF removed."]);

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        var deleted = await press.DeleteAsync(Id);
        if (deleted.Succeeded)
        {
            TempData["Status"] = localizer["Press release deleted."].Value;
            return Redirect("/staff/press");
        }

        ModelState.AddModelError(string.Empty, localizer[deleted.Error!]);
        return await RedisplayAsync(keepForm: false);
    }

    private async Task<IActionResult> ChangeAsync(Func<Task<ChangeResult>> change, LocalizedString done, bool keepForm = false)
    {
        var result = await change();
        if (result.Succeeded)
        {
            TempData["Status"] = done.Value;
            return RedirectToPage(new { Id });
        }

        if (keepForm)
        {
            ModelState.AddProblem("Release", result, localizer);
        }
        else
        {
            ModelState.AddModelError(string.Empty, localizer[result.Error!]);
        }

        return await RedisplayAsync(keepForm);
    }

    private async Task<IActionResult> RedisplayAsync(bool keepForm)
    {
        var release = await press.FindAsync(Id);
        if (release is null)
        {
            return NotFound();
        }

        Current = release;
        if (!keepForm)
        {
            Release = ReleaseForm.From(release);
        }

        return Page();
    }
}
