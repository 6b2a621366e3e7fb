using Fairwatch.Web;
using Microsoft.Extensions.Options;

namespace Fairwatch.Comments;

/// <summary>Comment posts per network address (see <see cref="NetworkRateLimitPolicy"/>).</summary>
public sealed class CommentRateLimitPolicy(IOptions<CommentOptions> options) : NetworkRateLimitPolicy
{
    public const string Name = "comment-forms";

    protected override int PostsPerTenMinutes => options.Value.FormPostsPerTenMinutes;
}
