using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fairwatch.Search;
using Microsoft.AspNetCore.Html;

namespace Fairwatch.Tests.Search;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Detención", "detencion")]
    [InlineData("ÑANDÚ Güero", "nandu guero")]
    [InlineData("São Tomé, Zürich", "sao tome, zurich")]
    [InlineData("plain", "plain")]
    public void Folding_drops_case_and_accents(string text, string folded) => Assert.Equal(folded, SearchText.Fold(text));

    [Fact]
    public void Terms_are_folded_words_without_punctuation_or_repeats()
    {
        Assert.Equal(["derecho", "al", "asilo"], SearchText.Terms("  ¿Derecho al asilo? ASILO, derecho."));
        Assert.Equal(["due", "process"], SearchText.Terms("\"Due\" (process)"));
        Assert.Empty(SearchText.Terms("  ?!  "));
        Assert.Empty(SearchText.Terms(null));
        Assert.Equal(8, SearchText.Terms(string.Join(' ', Enumerable.Range(0, 20).Select(i => $"w{i}"))).Count);
    }

    [Fact]
    public void A_snippet_marks_every_term_keeps_the_original_accents_and_encodes_the_text()
    {
        var text = "Las familias en <b>detención</b> esperan. La DETENCION no es una sala de espera.";

        var html = Render(SearchText.Snippet(text, ["detencion", "familias"]));

        Assert.Equal("Las <mark>familias</mark> en &lt;b&gt;<mark>detención</mark>&lt;/b&gt; esperan. La <mark>DETENCION</mark> no es una sala de espera.", html);
    }

    [Fact]
    public void A_long_text_is_cut_around_the_first_match_at_word_boundaries()
    {
        var words = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"word{i}"));
        var text = words + " the needle is here " + words;

        var html = Render(SearchText.Snippet(text, ["needle"], length: 80));

        Assert.StartsWith("… ", html, StringComparison.Ordinal);
        Assert.EndsWith(" …", html, StringComparison.Ordinal);
        Assert.Contains("<mark>needle</mark>", html, StringComparison.Ordinal);
        Assert.InRange(html.Length, 60, 120);
        Assert.Matches(@"^… word\d+ ", html);
        Assert.Null(SearchText.Snippet(text, ["absent"]));
        Assert.Null(SearchText.Snippet(null, ["needle"]));
    }

    private static string Render(IHtmlContent? content)
    {
        using var writer = new StringWriter();
        // An encoder that leaves accented letters as they are, so the result reads like the text.
        content!.WriteTo(writer, HtmlEncoder.Create(UnicodeRanges.All));
        return writer.ToString();
    }
}
