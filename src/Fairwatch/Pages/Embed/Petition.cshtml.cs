using Fairwatch.Petitions;
using Fairwatch.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Embed;

/// <summary>
/// The petition for partner sites' iframes: the count and the form. The only pages that other
/// sites may frame. No antiforgery token: its cookie is not sent from inside another site's
/// frame (SameSite, and browsers that block third-party cookies), so the form could never be
/// sent; signing carries no one's authority for a forged post to abuse, and the signed stamp,
/// honeypot and per-address limit still apply (see docs/decisions/0011).
/// </summary>
[AllowFraming]
[IgnoreAntiforgeryToken]
[EnableRateLimiting(PetitionRateLimitPolicy.Name)]
public sealed class PetitionModel(PetitionSigning signing, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : Pages.Petitions.SigningPageModel(signing, clock, localizer)
{
    // The frame has no language cookie either, so the language travels in the address.
    // The embed's thank-you page has no share step (it lives in a partner's page), so no code is carried.
    protected override string SignedUrl(string slug, bool alreadySigned, string? referralCode) =>
        $"/embed/petitions/{slug}/signed?lang={Cultures.Current}" + (alreadySigned ? "&already=true" : "");
}
