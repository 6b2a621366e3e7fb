using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Fairwatch.Videos;

/// <summary>The only two hosts films are embedded from, each in its privacy-enhanced mode.</summary>
public enum VideoHost
{
    YouTube = 1,
    Vimeo = 2,
}

/// <summary>Why an address is not one that Fairwatch can embed.</summary>
public enum VideoLinkProblem
{
    None,
    Missing,
    NotYouTubeOrVimeo,
    NotOneYouTubeVideo,
    NotOneVimeoVideo,
    UnlistedVimeoVideo,
}

/// <summary>
/// A film on YouTube or Vimeo, reduced to its host and id. Staff paste whatever address their
/// browser or the host's Share button gives them; only the id is kept, so every address the
/// site later builds (the privacy-enhanced player, the plain link) is one Fairwatch chose.
/// </summary>
public sealed partial record VideoLink(VideoHost Host, string Id)
{
    public const int MaxIdLength = 32;

    /// <summary>The frame sources the Content-Security-Policy allows, and nothing else.</summary>
    public const string YouTubePlayerOrigin = "https://www.youtube-nocookie.com";

    public const string VimeoPlayerOrigin = "https://player.vimeo.com";

    private static readonly string[] YouTubeHosts = ["youtube.com", "www.youtube.com", "m.youtube.com", "youtube-nocookie.com", "www.youtube-nocookie.com"];

    private static readonly string[] YouTubePathKinds = ["embed", "shorts", "live", "v"];

    /// <summary>The film on the host's own site: where the poster links when JavaScript is off.</summary>
    public string WatchUrl => Host == VideoHost.YouTube
        ? $"https://www.youtube.com/watch?v={Id}"
        : $"https://vimeo.com/{Id}";

    /// <summary>The player loaded after the viewer presses play: no cookies on YouTube, "do not track" on Vimeo.</summary>
    public string EmbedUrl => Host == VideoHost.YouTube
        ? $"{YouTubePlayerOrigin}/embed/{Id}?autoplay=1"
        : $"{VimeoPlayerOrigin}/video/{Id}?dnt=1&autoplay=1";

    public string HostName => Host == VideoHost.YouTube ? "YouTube" : "Vimeo";

    /// <summary>Reads a YouTube or Vimeo address; the problem says what is wrong with any other.</summary>
    public static bool TryParse(string? address, [NotNullWhen(true)] out VideoLink? link, out VideoLinkProblem problem)
    {
        link = null;
        problem = VideoLinkProblem.None;
        var text = address?.Trim() ?? "";
        if (text.Length == 0)
        {
            problem = VideoLinkProblem.Missing;
            return false;
        }

        // Addresses copied from an address bar sometimes lose their scheme ("youtu.be/…").
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !uri.IsDefaultPort || uri.UserInfo.Length > 0)
        {
            problem = VideoLinkProblem.NotYouTubeOrVimeo;
            return false;
        }

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (host == "youtu.be" || YouTubeHosts.Contains(host))
        {
            var id = host == "youtu.be" ? segments.FirstOrDefault() : YouTubeId(uri, segments);
            if (id is null || !YouTubeIdPattern().IsMatch(id))
            {
                problem = VideoLinkProblem.NotOneYouTubeVideo;
                return false;
            }

            link = new VideoLink(VideoHost.YouTube, id);
            return true;
        }

        if (host is "vimeo.com" or "www.vimeo.com" or "player.vimeo.com")
        {
            var id = VimeoId(host, segments, out var unlisted);
            if (unlisted || Query(uri, "h") is not null)
            {
                problem = VideoLinkProblem.UnlistedVimeoVideo;
                return false;
            }

            if (id is null)
            {
                problem = VideoLinkProblem.NotOneVimeoVideo;
                return false;
            }

            link = new VideoLink(VideoHost.Vimeo, id);
            return true;
        }

        problem = VideoLinkProblem.NotYouTubeOrVimeo;
        return false;
    }

    private static string? YouTubeId(Uri uri, string[] segments)
    {
        if (segments is ["watch"])
        {
            return Query(uri, "v");
        }

        return segments.Length == 2 && YouTubePathKinds.Contains(segments[0]) ? segments[1] : null;
    }

    private static string? VimeoId(string host, string[] segments, out bool unlisted)
    {
        unlisted = false;
        if (host == "player.vimeo.com")
        {
            return segments is ["video", var playerId] && VimeoIdPattern().IsMatch(playerId) ? playerId : null;
        }

        // vimeo.com/123, vimeo.com/123/abcdef (unlisted), vimeo.com/channels/name/123, vimeo.com/groups/name/videos/123
        switch (segments)
        {
            case [var id] when VimeoIdPattern().IsMatch(id):
                return id;
            case [var id, _] when VimeoIdPattern().IsMatch(id):
                unlisted = true;
                return id;
            case ["channels", _, var id] when VimeoIdPattern().IsMatch(id):
                return id;
            case ["groups", _, "videos", var id] when VimeoIdPattern().IsMatch(id):
                return id;
            default:
                return null;
        }
    }

    private static string? Query(Uri uri, string name)
    {
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && pair[..equals] == name)
            {
                return Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$", RegexOptions.CultureInvariant)]
    private static partial Regex YouTubeIdPattern();

    [GeneratedRegex("^[0-9]{1,12}$", RegexOptions.CultureInvariant)]
    private static partial Regex VimeoIdPattern();
}
