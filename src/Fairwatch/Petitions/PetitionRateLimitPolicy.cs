using Fairwatch.Web;
using Microsoft.Extensions.Options;

namespace Fairwatch.Petitions;

/// <summary>Signature posts per network address, counted in memory only (see <see cref="AddressRateLimitPolicy"/>).</summary>
public sealed class PetitionRateLimitPolicy(IOptions<PetitionOptions> options) : AddressRateLimitPolicy
{
    public const string Name = "petition-forms";

    protected override int PermitsPerWindow => options.Value.FormPostsPerTenMinutes;

    protected override TimeSpan Window => TimeSpan.FromMinutes(10);
}
