using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages;

/// <summary>One page for every error status; it says what happened in plain words and nothing about the server.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel(IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        // Re-executed status pages keep the original code; the exception handler arrives without one.
        var status = code ?? StatusCodes.Status500InternalServerError;
        if (Response.StatusCode == StatusCodes.Status200OK)
        {
            Response.StatusCode = status;
        }

        (Title, Explanation) = status switch
        {
            404 => (localizer["Page not found"].Value, localizer["There is no page at this address. It may have moved, or the address may be mistyped."].Value),
            400 => (localizer["Something was wrong with that request"].Value, localizer["Go back, reload the page and try again. If you sent a form, your session may have expired."].Value),
            403 => (localizer["You cannot open this page"].Value, localizer["Your account does not have access to this page."].Value),
            413 => (localizer["That was too large to send"].Value, localizer["Files can be at most 20 MB. Go back and choose a smaller file."].Value),
            429 => (localizer["Too many attempts"].Value, localizer["Please wait a few minutes and try again."].Value),
            503 => (localizer["Fairwatch is not available just now"].Value, localizer["We are working on it. Please try again in a few minutes; nothing you sent before this is lost."].Value),
            _ => (localizer["Something went wrong"].Value, localizer["Sorry, we could not complete that. Please try again in a few minutes."].Value),
        };
    }
}
