using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Campaigns;

/// <summary>One page to edit a campaign and everything it shows; each form posts to its own handler.</summary>
public sealed class EditModel(CampaignService campaigns, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public Campaign Current { get; private set; } = null!;

    public CampaignForm Campaign { get; set; } = new();

    public StepForm Step { get; set; } = new();

    public FigureForm Figure { get; set; } = new();

    public UpdateForm Update { get; set; } = new();

    public PartnerForm Partner { get; set; } = new();

    public ReportForm Report { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Campaign = CampaignForm.From(Current);
        Update.PublishedAt = DateTime.UtcNow.Date;
        Figure.AsOf = DateTime.UtcNow.Date;
        Report.PublishedAt = DateTime.UtcNow.Date;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync([FromForm(Name = "Campaign")] CampaignForm campaign)
    {
        Campaign = campaign;
        return await ChangeAsync(() => campaigns.SaveAsync(Id, campaign.ToInput()), localizer["Saved."], "Campaign");
    }

    public Task<IActionResult> OnPostPublishAsync() => ChangeAsync(() => campaigns.SetPublishedAsync(Id, true), localizer["Published."]);

    public Task<IActionResult> OnPostUnpublishAsync() => ChangeAsync(() => campaigns.SetPublishedAsync(Id, false), localizer["Unpublished: visitors can no longer see it."]);

    public async Task<IActionResult> OnPostAddStepAsync([FromForm(Name = "Step")] StepForm step)
    {
        Step = step;
        return await ChangeAsync(() => campaigns.AddStepAsync(Id, new StepInput(step.TitleEn, step.TitleEs, step.DescriptionEn, step.DescriptionEs, step.Url)), localizer["Step added."], "Step");
    }

    public Task<IActionResult> OnPostMoveStepAsync(int stepId, bool up) => ChangeAsync(() => campaigns.MoveStepAsync(Id, stepId, up), localizer["Step moved."]);

    public Task<IActionResult> OnPostRemoveStepAsync(int stepId) => ChangeAsync(() => campaigns.RemoveAsync<LadderStep>(Id, stepId), localizer["Step removed."]);

    public async Task<IActionResult> OnPostAddFigureAsync([FromForm(Name = "Figure")] FigureForm figure)
    {
        Figure = figure;
        return await ChangeAsync(() => campaigns.AddFigureAsync(Id, new FigureInput(figure.LabelEn, figure.LabelEs, figure.Value ?? 0, figure.AsOf ?? DateTime.UtcNow)), localizer["Figure added."], "Figure");
    }

    public Task<IActionResult> OnPostRemoveFigureAsync(int figureId) => ChangeAsync(() => campaigns.RemoveAsync<ImpactFigure>(Id, figureId), localizer["Figure removed."]);

    public async Task<IActionResult> OnPostAddUpdateAsync([FromForm(Name = "Update")] UpdateForm update)
    {
        Update = update;
        return await ChangeAsync(() => campaigns.AddUpdateAsync(Id, new UpdateInput(update.PublishedAt ?? DateTime.UtcNow, update.TitleEn, update.TitleEs, update.BodyEn, update.BodyEs)), localizer["Update posted."], "Update");
    }

    public Task<IActionResult> OnPostRemoveUpdateAsync(int updateId) => ChangeAsync(() => campaigns.RemoveAsync<CampaignUpdate>(Id, updateId), localizer["Update removed."]);

    public async Task<IActionResult> OnPostAddPartnerAsync([FromForm(Name = "Partner")] PartnerForm partner)
    {
        Partner = partner;
        return await ChangeAsync(() => campaigns.AddPartnerAsync(Id, partner.Name, partner.Url, partner.Logo), localizer["Partner added."], "Partner");
    }

    public async Task<IActionResult> OnPostAddReportAsync([FromForm(Name = "Report")] ReportForm report)
    {
        Report = report;
        return await ChangeAsync(
            () => campaigns.AddReportAsync(Id, report.TitleEn, report.TitleEs, report.PublishedAt ?? DateTime.UtcNow, report.File),
            localizer["Report added."],
            "Report");
    }

    public Task<IActionResult> OnPostRemoveReportAsync(int reportId) => ChangeAsync(() => campaigns.RemoveAsync<CampaignReport>(Id, reportId), localizer["Report removed."]);

    public Task<IActionResult> OnPostRemovePartnerAsync(int partnerId) => ChangeAsync(() => campaigns.RemoveAsync<CampaignPartner>(Id, partnerId), localizer["Partner removed."]);

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

        if (formPrefix != "Campaign")
        {
            Campaign = CampaignForm.From(Current);
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var campaign = await campaigns.FindAsync(Id);
        if (campaign is null)
        {
            return false;
        }

        Current = campaign;
        return true;
    }
}
