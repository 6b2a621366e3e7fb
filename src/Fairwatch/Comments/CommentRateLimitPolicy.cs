using Fairwatch.Web;
using Microsoft.Extensions.Options;

namespace Fairwatch.Comments;

/// <summary>Comment posts per network address, counted in memory only (see <see cref="AddressRateLimitPolicy"/>).</summary>
public sealed class CommentRateLimitPolicy(IOptions<CommentOptions> options) : AddressRateLimitPolicy
{
    public const string Name = "comment-forms";

    protected override int PermitsPerWindow => options.Value.FormPostsPerTenMinutes;

    protected override TimeSpan Window => TimeSpan.FromMinutes(10);
}
