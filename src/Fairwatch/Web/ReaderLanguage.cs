namespace Fairwatch.Web;

public static class ReaderLanguage
{
    /// <summary>
    /// "en" when a Spanish reader is shown the English text because no Spanish one exists, so that
    /// screen readers pronounce it as English; null (no attribute) otherwise.
    /// </summary>
    public static string? FallbackLang(this LocalizedText text) =>
        Cultures.Current == Cultures.Spanish && string.IsNullOrWhiteSpace(text.Es) ? Cultures.English : null;
}
