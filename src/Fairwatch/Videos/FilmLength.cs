using System.Globalization;

namespace Fairwatch.Videos;

/// <summary>A film's running time, kept in seconds and written the way players show it: 5:22, 1:04:09.</summary>
public static class FilmLength
{
    /// <summary>Longer than any documentary; a bigger number is a typing mistake.</summary>
    public const int MaxSeconds = 12 * 3600;

    public static string Format(int seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return seconds >= 3600
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
    }

    /// <summary>For the datetime attribute of a time element: PT5M22S.</summary>
    public static string Iso8601(int seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"PT{(int)time.TotalHours}H{time.Minutes}M{time.Seconds}S");
    }

    /// <summary>Reads m:ss or h:mm:ss ("5:22", "1:04:09"); minutes alone may exceed 59 ("85:00").</summary>
    public static bool TryParse(string? text, out int seconds)
    {
        seconds = 0;
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0 || !p.All(char.IsAsciiDigit) || p.Length > 4))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var (hours, minutes, secs) = numbers.Length == 3 ? (numbers[0], numbers[1], numbers[2]) : (0, numbers[0], numbers[1]);
        if (secs > 59 || parts[^1].Length != 2 || (numbers.Length == 3 && (minutes > 59 || parts[1].Length != 2)))
        {
            return false;
        }

        var total = (hours * 3600) + (minutes * 60) + secs;
        if (total is <= 0 or > MaxSeconds)
        {
            return false;
        }

        seconds = total;
        return true;
    }
}
