using Fairwatch.Campaigns;
using Fairwatch.Petitions;
using Fairwatch.Web;

namespace Fairwatch.Pages.Embed;

/// <summary>The thank-you page inside a partner's iframe.</summary>
[AllowFraming]
public sealed class SignedModel(PetitionService petitions, CampaignService campaigns) : Pages.Petitions.SignedModel(petitions, campaigns);
