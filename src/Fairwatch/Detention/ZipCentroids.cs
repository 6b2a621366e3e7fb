using System.Collections.Frozen;
using System.Globalization;

namespace Fairwatch.Detention;

/// <summary>
/// The centre of each US ZIP code area (the Census Bureau's ZCTA gazetteer, from
/// <c>data/geo/zip-centroids.csv</c>, see data/SOURCES.md), to put a facility on the map when
/// nobody has set its exact place. Read once, the first time it is needed.
/// </summary>
public static class ZipCentroids
{
    public const string BundledFile = "data/geo/zip-centroids.csv";

    private static readonly Lazy<FrozenDictionary<string, (double Latitude, double Longitude)>> Table = new(Load);

    public static string BundledPath => Path.Combine(AppContext.BaseDirectory, BundledFile);

    public static int Count => Table.Value.Count;

    /// <summary>The centre of the ZIP code's area ("39120" or "39120-1234"), or null when it has none.</summary>
    public static (double Latitude, double Longitude)? Find(string? zip)
    {
        var five = zip?.Trim() is { Length: >= 5 } text ? text[..5] : null;
        return five is not null && Table.Value.TryGetValue(five, out var centre) ? centre : null;
    }

    private static FrozenDictionary<string, (double, double)> Load()
    {
        var table = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(BundledPath).Skip(1))
        {
            var parts = line.Split(',');
            if (parts.Length == 3
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
            {
                table[parts[0]] = (latitude, longitude);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
