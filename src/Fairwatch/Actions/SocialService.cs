using System.Globalization;
using System.Text.RegularExpressions;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Lawmakers;

namespace Fairwatch.Actions;

/// <summary>Where a supporter chose to post, as sent. <see cref="Trap"/> is the field people never see.</summary>
public sealed record ShareSubmission(string? Zip, string? District, SocialPlatform? Platform, string? Instance, string? Trap, string? Stamp, string Culture);

/// <summary>The answer to a share: the platform's compose page to go to (none for a copied post), or why not.</summary>
public sealed record ShareReceipt(ChangeResult Result, string? ComposeUrl);

/// <summary>
/// Posts that mention the supporter's own lawmakers, opened in the platform's compose page. The
/// visitor's browser contacts the platform only after they chose it here, and the post is counted then.
/// </summary>
public sealed partial class SocialService(FairwatchDb db, TimeProvider clock, ActionTargeting targeting, ActionStamps stamps)
{
    public const string XComposeUrl = "https://x.com/intent/post?text=";

    /// <summary>The post for one platform: the text, the lawmakers' accounts there, and the hashtags.</summary>
    public static string Compose(CampaignAction action, IEnumerable<Lawmaker> lawmakers, SocialPlatform platform, string culture)
    {
        var mentions = lawmakers
            .Select(l => platform == SocialPlatform.Mastodon ? l.Mastodon : l.Twitter is { } x ? "@" + x : null)
            .Where(m => m is not null);
        return string.Join(' ', new[] { action.Post.In(culture) }.Concat(mentions).Append(action.Hashtags).Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>"mastodon.social" from what people type: a host, an address, or their own @user@host.</summary>
    public static string? NormaliseInstance(string? typed)
    {
        var text = typed?.Trim().ToLowerInvariant() ?? "";
        text = text.StartsWith("https://", StringComparison.Ordinal) ? text[8..] : text.StartsWith("http://", StringComparison.Ordinal) ? text[7..] : text;
        var at = text.LastIndexOf('@');
        text = at >= 0 ? text[(at + 1)..] : text;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        text = slash >= 0 ? text[..slash] : text;
        return HostName().IsMatch(text) ? text : null;
    }

    public async Task<ShareReceipt> RecordAsync(CampaignAction action, ShareSubmission share, CancellationToken cancellationToken = default)
    {
        if (action.Kind != ActionKind.Social || !action.IsPublished)
        {
            return new(ChangeResult.Fail("This action does not count posts."), null);
        }

        var targets = targeting.Find(action.Lawmakers, share.Zip, share.District);
        if (targets.Status != TargetLookupStatus.Found || share.Platform is not { } platform || !Enum.IsDefined(platform))
        {
            return new(ChangeResult.Fail("We could not tell where to post. Please find your lawmakers again."), null);
        }

        var lawmakers = targets.Lawmakers.Select(m => m.Lawmaker).ToList();
        var text = Compose(action, lawmakers, platform, share.Culture);
        string? compose = null;
        if (platform == SocialPlatform.X)
        {
            compose = XComposeUrl + Uri.EscapeDataString(text);
        }
        else if (platform == SocialPlatform.Mastodon)
        {
            var instance = NormaliseInstance(share.Instance);
            if (instance is null)
            {
                return new(ChangeResult.Fail("Enter the server of your Mastodon account, such as mastodon.social.", nameof(ShareSubmission.Instance)), null);
            }

            compose = string.Create(CultureInfo.InvariantCulture, $"https://{instance}/share?text={Uri.EscapeDataString(text)}");
        }

        if (!string.IsNullOrWhiteSpace(share.Trap))
        {
            return new(ChangeResult.Ok(), compose);
        }

        var problem = ActionChecks.Stamp(stamps.Check(share.Stamp, ActionStamps.Social, action.Id));
        if (problem is not null)
        {
            return new(problem, null);
        }

        db.Add(new SocialPost
        {
            ActionId = action.Id,
            Platform = platform,
            Mentions = string.Join(' ', lawmakers.Select(l => l.BioguideId)),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new(ChangeResult.Ok(), compose);
    }

    [GeneratedRegex("^(?=.{4,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$")]
    private static partial Regex HostName();
}
