using Fairwatch.Campaigns;
using Fairwatch.Petitions;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Petitions;

/// <summary>
/// The petition's page. Not output-cached: it carries the signature form's antiforgery token and
/// fresh stamp (see docs/decisions/0007), and its count is read from the petition's counter row
/// on every view, so it is always exact.
/// </summary>
[EnableRateLimiting(PetitionRateLimitPolicy.Name)]
public sealed class PetitionModel(PetitionSigning signing, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : SigningPageModel(signing, clock, localizer)
{
    public IReadOnlyList<PublicSigner> RecentSigners { get; private set; } = [];

    public Campaign? Campaign { get; private set; }

    public IReadOnlyList<PetitionUpdate> Updates { get; private set; } = [];

    protected override string SignedUrl(string slug, bool alreadySigned, string? referralCode) =>
        $"/petitions/{slug}/signed" + (alreadySigned ? "?already=true" : "") + (referralCode is null ? "" : (alreadySigned ? "&" : "?") + "code=" + referralCode);

    protected override async Task LoadPageAsync(CancellationToken cancellationToken)
    {
        RecentSigners = await Petitions.ListRecentSignersAsync(Petition.Id, cancellationToken);
        Updates = await Petitions.ListUpdatesAsync(Petition.Id, cancellationToken);
        if (Petition.CampaignId is { } campaignId)
        {
            Campaign = await HttpContext.RequestServices.GetRequiredService<CampaignService>().FindPublishedHeaderAsync(campaignId, cancellationToken);
        }
    }
}
