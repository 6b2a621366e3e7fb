using Fairwatch.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Areas.Staff.Pages;

/// <summary>Puts a service's answers on the staff form they came from, next to the fields they concern.</summary>
public static class FormProblems
{
    public static void AddProblem(this ModelStateDictionary modelState, string prefix, ChangeResult result, IStringLocalizer localizer) =>
        modelState.AddModelError(result.Field is null ? string.Empty : $"{prefix}.{result.Field}", localizer[result.Error!]);

    /// <summary>
    /// When the form already has mistakes, adds the service's own checks of the other fields, so
    /// staff see every mistake at once rather than one per attempt.
    /// </summary>
    public static void AddFieldProblems(this ModelStateDictionary modelState, string prefix, IEnumerable<ChangeResult> problems, IStringLocalizer localizer)
    {
        foreach (var problem in problems.Where(p => p.Field is not null))
        {
            var key = $"{prefix}.{problem.Field}";
            if (modelState[key] is not { Errors.Count: > 0 })
            {
                modelState.AddModelError(key, localizer[problem.Error!]);
            }
        }
    }

    /// <summary>
    /// The answer to one of a record page's small forms: back to the page with <paramref name="done"/>
    /// as its status message, or the page shown again (400) with the service's reason next to its field.
    /// </summary>
    public static async Task<IActionResult> ApplyAsync(
        this PageModel page, Task<ChangeResult> change, LocalizedString done, string pageUrl, Func<Task<IActionResult>> show, IStringLocalizer localizer)
    {
        var result = await change;
        if (result.Succeeded)
        {
            page.TempData["Status"] = done.Value;
            return new RedirectResult(pageUrl);
        }

        page.ModelState.AddModelError(result.Field ?? string.Empty, localizer[result.Error!]);
        var shown = await show();
        if (shown is PageResult form)
        {
            form.StatusCode = StatusCodes.Status400BadRequest;
        }

        return shown;
    }
}
