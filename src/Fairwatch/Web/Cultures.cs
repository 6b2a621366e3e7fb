using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Fairwatch.Web;

public static class Cultures
{
    public const string English = "en";
    public const string Spanish = "es";
    public const string CookieName = ".Fairwatch.Language";

    public static readonly IReadOnlyList<string> Supported = [English, Spanish];

    public static string Normalise(string? culture) =>
        culture is not null && culture.StartsWith(Spanish, StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    public static string Current => Normalise(CultureInfo.CurrentUICulture.Name);

    /// <summary>
    /// GET /language/{culture}?returnUrl=...: remembers the choice in a first-party cookie and
    /// returns to the same page. A plain link, so it works without JavaScript.
    /// </summary>
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            context.Response.Cookies.Append(
                CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Normalise(culture))),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            return Results.LocalRedirect(returnUrl is not null && FairwatchApp.IsLocalUrl(returnUrl) ? returnUrl : "/");
        });

    /// <summary>A date as readers write it: "1 October 2026", "1 de octubre de 2026".</summary>
    public static string LongDate(DateTime date) =>
        date.ToString(Current == Spanish ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>The same in a given language, for e-mails written outside the reader's request.</summary>
    public static string LongDate(DateTime date, string culture) =>
        date.ToString(Normalise(culture) == Spanish ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy", CultureInfo.GetCultureInfo(Normalise(culture)));

    public static RequestLocalizationOptions LocalizationOptions()
    {
        var cultures = Supported.Select(c => new CultureInfo(c)).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(English),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
        return options;
    }
}
