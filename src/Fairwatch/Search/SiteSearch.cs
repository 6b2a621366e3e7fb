using Fairwatch.Web;
using Microsoft.AspNetCore.Html;

namespace Fairwatch.Search;

/// <summary>What each result is; the page names it ("Campaign", "Film"...).</summary>
public static class SearchKinds
{
    public const string Campaign = "campaign";
    public const string Film = "film";
    public const string Post = "post";
    public const string PressRelease = "press-release";
}

/// <summary>What a search asks each source for: folded terms, every one of which must be found.</summary>
public sealed record SearchQuery(IReadOnlyList<string> Terms, int Limit);

/// <summary>
/// Something a source found, with its texts most telling first (title, then summary, then body).
/// Texts are plain (a source turns its Markdown into text), in both languages.
/// </summary>
public sealed record SearchCandidate(string Kind, string Url, LocalizedText Title, IReadOnlyList<LocalizedText> Texts, DateTime Date);

/// <summary>
/// Implemented by each feature whose published content can be searched (campaigns, films, posts,
/// press releases). A source reads only its own tables and returns only what the public may see.
/// </summary>
public interface ISearchSource
{
    Task<IReadOnlyList<SearchCandidate>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);
}

/// <summary>One result: the snippet comes from the reader's language when the match is there, from the other language otherwise (<see cref="SnippetLanguage"/>).</summary>
public sealed record SearchResult(string Kind, string Url, LocalizedText Title, IHtmlContent? Snippet, string? SnippetLanguage, DateTime Date);

public sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Results, bool HasMore);

/// <summary>Site search over everything published, in both languages, the reader's language first.</summary>
public sealed class SiteSearch(IEnumerable<ISearchSource> sources)
{
    public const int MaxResults = 50;

    /// <summary>Null when the query holds no word to look for.</summary>
    public async Task<SearchResults?> SearchAsync(string? query, string culture, CancellationToken cancellationToken = default)
    {
        var terms = SearchText.Terms(query);
        if (terms.Count == 0)
        {
            return null;
        }

        var request = new SearchQuery(terms, MaxResults + 1);
        var found = new List<SearchCandidate>();
        foreach (var source in sources)
        {
            // One after the other: the sources share the request's DbContext.
            found.AddRange(await source.SearchAsync(request, cancellationToken));
        }

        var reader = Cultures.Normalise(culture);
        var other = reader == Cultures.Spanish ? Cultures.English : Cultures.Spanish;
        var ranked = found
            .Select(c => (Candidate: c, Reader: Score(c, terms, reader), Other: Score(c, terms, other)))
            .OrderByDescending(r => r.Reader.All)
            .ThenByDescending(r => r.Reader.Weight)
            .ThenByDescending(r => r.Other.Weight)
            .ThenByDescending(r => r.Candidate.Date)
            .ToList();
        var results = ranked.Take(MaxResults).Select(r => Result(r.Candidate, terms, reader, other)).ToList();
        return new SearchResults(query!.Trim(), results, ranked.Count > MaxResults);
    }

    /// <summary>Whether the text in one language holds every term, and how strongly: a term in the title counts most, then in the summary.</summary>
    private static (bool All, int Weight) Score(SearchCandidate candidate, IReadOnlyList<string> terms, string culture)
    {
        var texts = candidate.Texts.Prepend(candidate.Title).Select(t => Own(t, culture)).ToList();
        var weight = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            weight += SearchText.CountTerms(texts[i], terms) * (i switch { 0 => 8, 1 => 4, _ => 1 });
        }

        return (SearchText.CountTerms(string.Join(' ', texts), terms) == terms.Count, weight);
    }

    private static SearchResult Result(SearchCandidate candidate, IReadOnlyList<string> terms, string reader, string other)
    {
        foreach (var culture in new[] { reader, other })
        {
            foreach (var text in candidate.Texts)
            {
                if (SearchText.Snippet(Own(text, culture), terms) is { } snippet)
                {
                    return new SearchResult(candidate.Kind, candidate.Url, candidate.Title, snippet, culture == reader ? null : culture, candidate.Date);
                }
            }
        }

        // Only the title matched: show the start of the first text there is, in English when it has no Spanish.
        var first = candidate.Texts.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t.In(reader)));
        var language = first is not null && reader == Cultures.Spanish && string.IsNullOrWhiteSpace(first.Es) ? Cultures.English : null;
        return new SearchResult(candidate.Kind, candidate.Url, candidate.Title, first is null ? null : Start(first.In(reader)), language, candidate.Date);
    }

    /// <summary>The text in that language only (no English stand-in for a missing Spanish one).</summary>
    private static string? Own(LocalizedText text, string culture) => culture == Cultures.Spanish ? text.Es : text.En;

    private static IHtmlContent Start(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (text.Length > 220)
        {
            var space = text.LastIndexOf(' ', 220);
            text = text[..(space > 0 ? space : 220)] + " …";
        }

        return new HtmlContentBuilder().Append(text);
    }
}
