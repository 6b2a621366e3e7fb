using Fairwatch.Visits;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages.Groups;

/// <summary>Visitation groups, and a form to start one.</summary>
public sealed class IndexModel(VisitGroupService groups, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<VisitGroupRow> Groups { get; private set; } = [];

    public GroupForm NewGroup { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => Groups = await groups.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync([FromForm(Name = "NewGroup")] GroupForm form, CancellationToken cancellationToken)
    {
        NewGroup = form;
        if (ModelState.IsValid)
        {
            var created = await groups.CreateAsync(form.ToInput(), cancellationToken);
            if (created.Succeeded)
            {
                TempData["Status"] = localizer["The group is created. Now adopt its facilities and add its volunteers."].Value;
                return Redirect($"/staff/groups/{created.Id}");
            }

            ModelState.AddProblem(nameof(NewGroup), created, localizer);
        }

        Groups = await groups.ListAsync(cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
