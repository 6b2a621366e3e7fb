using Fairwatch.Videos;

namespace Fairwatch.Tests.Videos;

public sealed class FilmLengthTests
{
    [Theory]
    [InlineData("5:22", 322)]
    [InlineData(" 12:40 ", 760)]
    [InlineData("0:45", 45)]
    [InlineData("85:00", 5100)]
    [InlineData("1:04:09", 3849)]
    [InlineData("12:00:00", 43200)]
    public void Reads_minutes_and_seconds_or_hours_minutes_and_seconds(string text, int seconds)
    {
        Assert.True(FilmLength.TryParse(text, out var parsed));
        Assert.Equal(seconds, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("5:2")]
    [InlineData("5:60")]
    [InlineData("1:60:00")]
    [InlineData("1:4:09")]
    [InlineData("5.22")]
    [InlineData("5:22:")]
    [InlineData("-1:00")]
    [InlineData("0:00")]
    [InlineData("12:00:01")]
    [InlineData("five:22")]
    [InlineData("٥:٢٢")]
    [InlineData("99999:00")]
    public void Refuses_what_is_not_a_running_time(string? text)
    {
        Assert.False(FilmLength.TryParse(text, out var seconds));
        Assert.Equal(0, seconds);
    }

    [Theory]
    [InlineData(322, "5:22", "PT0H5M22S")]
    [InlineData(45, "0:45", "PT0H0M45S")]
    [InlineData(3600, "1:00:00", "PT1H0M0S")]
    [InlineData(3849, "1:04:09", "PT1H4M9S")]
    public void Shows_the_length_the_way_players_do(int seconds, string shown, string machine)
    {
        Assert.Equal(shown, FilmLength.Format(seconds));
        Assert.Equal(machine, FilmLength.Iso8601(seconds));
        Assert.True(FilmLength.TryParse(shown, out var back));
        Assert.Equal(seconds, back);
    }
}
