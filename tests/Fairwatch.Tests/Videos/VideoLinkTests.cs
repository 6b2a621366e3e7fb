using Fairwatch.Videos;
using Fairwatch.Web;

namespace Fairwatch.Tests.Videos;

public sealed class VideoLinkTests
{
    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://youtube.com/watch?feature=shared&v=dQw4w9WgXcQ&t=42s", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?v=a_B-c1D2e3F", VideoHost.YouTube, "a_B-c1D2e3F")]
    [InlineData("https://WWW.YouTube.com/watch?v=dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=Xy12abC", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("youtu.be/dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ?start=10", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", VideoHost.YouTube, "dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/a1B2c3D4e5F", VideoHost.YouTube, "a1B2c3D4e5F")]
    [InlineData("https://www.youtube.com/live/a1B2c3D4e5F?feature=shared", VideoHost.YouTube, "a1B2c3D4e5F")]
    [InlineData("  https://vimeo.com/76979871  ", VideoHost.Vimeo, "76979871")]
    [InlineData("http://www.vimeo.com/76979871", VideoHost.Vimeo, "76979871")]
    [InlineData("https://vimeo.com/channels/staffpicks/76979871", VideoHost.Vimeo, "76979871")]
    [InlineData("https://vimeo.com/groups/shortfilms/videos/76979871", VideoHost.Vimeo, "76979871")]
    [InlineData("https://player.vimeo.com/video/76979871", VideoHost.Vimeo, "76979871")]
    [InlineData("https://player.vimeo.com/video/76979871?badge=0&autopause=0", VideoHost.Vimeo, "76979871")]
    public void Reads_the_addresses_staff_copy_from_youtube_and_vimeo(string address, VideoHost host, string id)
    {
        Assert.True(VideoLink.TryParse(address, out var link, out var problem), problem.ToString());

        Assert.Equal(new VideoLink(host, id), link);
        Assert.Equal(VideoLinkProblem.None, problem);
    }

    [Theory]
    [InlineData(null, VideoLinkProblem.Missing)]
    [InlineData("   ", VideoLinkProblem.Missing)]
    [InlineData("https://www.dailymotion.com/video/x8abcd", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("https://evil.example/?next=https://www.youtube.com/watch?v=dQw4w9WgXcQ", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("https://user@www.youtube.com/watch?v=dQw4w9WgXcQ", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("ftp://www.youtube.com/watch?v=dQw4w9WgXcQ", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("javascript:alert(1)", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>", VideoLinkProblem.NotYouTubeOrVimeo)]
    [InlineData("https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG", VideoLinkProblem.NotOneYouTubeVideo)]
    [InlineData("https://www.youtube.com/@SomeChannel", VideoLinkProblem.NotOneYouTubeVideo)]
    [InlineData("https://www.youtube.com/watch?v=tooShort", VideoLinkProblem.NotOneYouTubeVideo)]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ%22%3E%3Cscript%3E", VideoLinkProblem.NotOneYouTubeVideo)]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ/extra", VideoLinkProblem.NotOneYouTubeVideo)]
    [InlineData("https://youtu.be/", VideoLinkProblem.NotOneYouTubeVideo)]
    [InlineData("https://vimeo.com/channels/staffpicks", VideoLinkProblem.NotOneVimeoVideo)]
    [InlineData("https://vimeo.com/user12345", VideoLinkProblem.NotOneVimeoVideo)]
    [InlineData("https://player.vimeo.com/video/abc", VideoLinkProblem.NotOneVimeoVideo)]
    [InlineData("https://vimeo.com/76979871/ab12cd34ef", VideoLinkProblem.UnlistedVimeoVideo)]
    [InlineData("https://player.vimeo.com/video/76979871?h=ab12cd34ef", VideoLinkProblem.UnlistedVimeoVideo)]
    public void Refuses_anything_that_is_not_one_youtube_or_vimeo_video(string? address, VideoLinkProblem expected)
    {
        Assert.False(VideoLink.TryParse(address, out var link, out var problem));

        Assert.Null(link);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void Builds_the_privacy_enhanced_player_and_the_plain_link_itself()
    {
        var youTube = new VideoLink(VideoHost.YouTube, "dQw4w9WgXcQ");
        var vimeo = new VideoLink(VideoHost.Vimeo, "76979871");

        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", youTube.EmbedUrl);
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", youTube.WatchUrl);
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1", vimeo.EmbedUrl);
        Assert.Equal("https://vimeo.com/76979871", vimeo.WatchUrl);
    }

    [Fact]
    public void The_content_security_policy_allows_frames_from_the_two_players_and_nowhere_else()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ')[1..]);

        Assert.Equal([VideoLink.YouTubePlayerOrigin, VideoLink.VimeoPlayerOrigin], directives["frame-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["child-src"]);
        Assert.StartsWith(VideoLink.YouTubePlayerOrigin + "/", new VideoLink(VideoHost.YouTube, "dQw4w9WgXcQ").EmbedUrl, StringComparison.Ordinal);
        Assert.StartsWith(VideoLink.VimeoPlayerOrigin + "/", new VideoLink(VideoHost.Vimeo, "1").EmbedUrl, StringComparison.Ordinal);
    }
}
