using Fairwatch.Web;

namespace Fairwatch.Sharing;

/// <summary>
/// The model of <c>Pages/Shared/_ShareStep.cshtml</c>, the share step shown after any action:
/// <c>&lt;partial name="_ShareStep" model="new ShareStep(...)" /&gt;</c>.
/// </summary>
/// <param name="Path">The site-relative page to share, for example "/petitions/free-the-families" (no query).</param>
/// <param name="Text">What the shared posts say about it, in the visitor's language, for example the petition's title.</param>
/// <param name="Hashtags">Hashtags for the sample posts, with or without '#'; see <see cref="ShareLinks.HashtagFor"/>.</param>
/// <param name="ReferralCode">The code of the person who just acted (stored with their action), or null to share without one.</param>
public sealed record ShareStep(string Path, string Text, IReadOnlyList<string> Hashtags, string? ReferralCode)
{
    /// <summary>The share step after an action on <paramref name="path"/>: the campaign's hashtag, if any, and the code from the thank-you page's <c>?code=</c> (ignored unless well formed).</summary>
    public static ShareStep After(string path, string text, Campaigns.Campaign? campaign, string? code) =>
        new(path, text, campaign is null ? [] : [ShareLinks.HashtagFor(campaign.Slug)], Referrals.Normalise(code));
}

/// <summary>One place to share, with the link that opens it. Plain links: nothing of the other site is loaded until the person follows one.</summary>
public sealed record ShareChannel(string Channel, string Name, string Href);

/// <summary>
/// Builds the share step's links. Every shared address carries the person's code and the channel
/// (<c>?ref=CODE&amp;via=whatsapp</c>) so that the actions it brings in are counted per code and per channel.
/// </summary>
public sealed class ShareLinks(PublicUrls urls, IHttpContextAccessor accessor)
{
    /// <summary>The absolute address to share through <paramref name="channel"/>.</summary>
    public string SharedUrl(ShareStep step, string channel)
    {
        var request = accessor.HttpContext?.Request ?? throw new InvalidOperationException("The share step is built while answering a request.");
        var url = urls.ForPage(request, step.Path);
        return step.ReferralCode is { } code
            ? url + QueryString.Create(new Dictionary<string, string?> { ["ref"] = code, ["via"] = channel }).ToUriComponent()
            : url;
    }

    /// <summary>The text of a post: the words, the hashtags, and the address.</summary>
    public static string Post(string text, IEnumerable<string> hashtags, string url) =>
        string.Join(" ", new[] { text }.Concat(hashtags.Select(Hashtag)).Append(url).Where(s => s.Length > 0));

    public IReadOnlyList<ShareChannel> Channels(ShareStep step, string emailSubject)
    {
        string Escape(string value) => Uri.EscapeDataString(value);
        string Post(string channel) => ShareLinks.Post(step.Text, step.Hashtags, SharedUrl(step, channel));
        return
        [
            new("email", "E-mail", $"mailto:?subject={Escape(emailSubject)}&body={Escape(Post("email"))}"),
            new("whatsapp", "WhatsApp", $"https://wa.me/?text={Escape(Post("whatsapp"))}"),
            new("facebook", "Facebook", $"https://www.facebook.com/sharer/sharer.php?u={Escape(SharedUrl(step, "facebook"))}"),
            new("x", "X", $"https://x.com/intent/post?text={Escape(Post("x"))}"),
            new("bluesky", "Bluesky", $"https://bsky.app/intent/compose?text={Escape(Post("bluesky"))}"),
        ];
    }

    /// <summary>A campaign's hashtag from its slug: "due-process" becomes "#DueProcess".</summary>
    public static string HashtagFor(string slug) =>
        "#" + string.Concat(slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static string Hashtag(string tag) => tag.StartsWith('#') ? tag : "#" + tag;
}
