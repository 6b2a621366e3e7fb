namespace Fairwatch.Web;

/// <summary>
/// Text that staff write in English and, when they can, in Spanish. Readers see their own
/// language where it exists and English otherwise.
/// </summary>
public sealed class LocalizedText
{
    public string En { get; set; } = "";

    public string? Es { get; set; }

    public string In(string culture) =>
        Cultures.Normalise(culture) == Cultures.Spanish && !string.IsNullOrWhiteSpace(Es) ? Es : En;

    public string Current => In(Cultures.Current);

    public static LocalizedText From(string? en, string? es) => new() { En = en?.Trim() ?? "", Es = string.IsNullOrWhiteSpace(es) ? null : es.Trim() };
}
