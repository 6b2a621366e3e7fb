using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Microsoft.AspNetCore.Html;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fairwatch.Search;

/// <summary>
/// Matching that ignores case and accents, the same in C#, in SQLite and in PostgreSQL: "detencion"
/// finds "Detención". The database side is a function named <see cref="FunctionName"/>: registered
/// on every SQLite connection (<see cref="SqliteFunctions"/>), created in PostgreSQL by migration
/// 0007 with translate() and lower(). See docs/decisions/0009-site-search.md.
/// </summary>
public static class SearchText
{
    public const string FunctionName = "fairwatch_fold";

    /// <summary>Lower case without accents: "Ñandú Á" becomes "nandu a". Mapped to <see cref="FunctionName"/> in queries.</summary>
    public static string? Fold(string? text) => text is null ? null : Folded.Of(text).Text;

    /// <summary>Lets LINQ queries call <see cref="Fold"/>, which runs in the database.</summary>
    public static void MapFunction(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(SearchText).GetMethod(nameof(Fold))!).HasName(FunctionName);

    /// <summary>The words of a query, folded, without duplicates; at most <paramref name="max"/> of them.</summary>
    public static IReadOnlyList<string> Terms(string? query, int max = 8) =>
        [.. (Fold(query) ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(TrimmedPunctuation))
            .Where(t => t.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(max)];

    /// <summary>Keeps the rows whose text holds every term, ignoring case and accents; the text may join several columns.</summary>
    public static IQueryable<T> ContainingAll<T>(this IQueryable<T> rows, Expression<Func<T, string>> text, IEnumerable<string> terms)
    {
        var fold = Expression.Call(typeof(SearchText).GetMethod(nameof(Fold))!, text.Body);
        foreach (var term in terms)
        {
            // Read from an object rather than inlined, so that the term becomes a query parameter.
            var value = Expression.Property(Expression.Constant(new Term(term)), nameof(Term.Value));
            var contains = Expression.Call(fold, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, value);
            rows = rows.Where(Expression.Lambda<Func<T, bool>>(contains, text.Parameters));
        }

        return rows;
    }

    /// <summary>How many of the terms the text holds.</summary>
    public static int CountTerms(string? text, IReadOnlyList<string> terms)
    {
        var folded = Fold(text) ?? "";
        return terms.Count(t => folded.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>
    /// About <paramref name="length"/> characters of the text around the first term found, with
    /// every term marked; null when the text holds none of them. The text is encoded: nothing in it
    /// becomes markup.
    /// </summary>
    public static IHtmlContent? Snippet(string? text, IReadOnlyList<string> terms, int length = 220)
    {
        if (string.IsNullOrWhiteSpace(text) || terms.Count == 0)
        {
            return null;
        }

        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var folded = Folded.Of(text);
        var first = terms.Select(t => folded.Text.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
        if (first < 0)
        {
            return null;
        }

        var matchStart = folded.Source[first];
        var start = Math.Max(0, matchStart - (length / 3));
        var end = Math.Min(text.Length, start + length);
        start = Math.Max(0, Math.Min(start, end - length));
        if (start > 0)
        {
            var space = text.IndexOf(' ', start);
            start = space >= 0 && space < matchStart ? space + 1 : start;
        }

        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            end = space > matchStart ? space : end;
        }

        // Which characters of the window belong to a match.
        var marked = new bool[text.Length];
        foreach (var term in terms)
        {
            for (var at = folded.Text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = folded.Text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                var from = folded.Source[at];
                var to = at + term.Length < folded.Source.Length ? folded.Source[at + term.Length] : text.Length;
                Array.Fill(marked, true, from, to - from);
            }
        }

        var html = new HtmlContentBuilder();
        if (start > 0)
        {
            html.Append("… ");
        }

        for (var i = start; i < end;)
        {
            var j = i;
            while (j < end && marked[j] == marked[i])
            {
                j++;
            }

            if (marked[i])
            {
                html.AppendHtml("<mark>").Append(text[i..j]).AppendHtml("</mark>");
            }
            else
            {
                html.Append(text[i..j]);
            }

            i = j;
        }

        if (end < text.Length)
        {
            html.Append(" …");
        }

        return html;
    }

    private static readonly char[] TrimmedPunctuation = ['.', ',', ';', ':', '!', '?', '¡', '¿', '"', '\'', '(', ')', '“', '”', '«', '»'];

    private sealed record Term(string Value);

    /// <summary>A folded text and, for each of its characters, where it came from in the original.</summary>
    private sealed record Folded(string Text, int[] Source)
    {
        public static Folded Of(string text)
        {
            var folded = new StringBuilder(text.Length);
            var source = new List<int>(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                // Each character on its own, so that every folded character can be traced back.
                var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
                foreach (var c in text.Substring(i, width).Normalize(NormalizationForm.FormD))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                    {
                        folded.Append(char.ToLowerInvariant(c));
                        source.Add(i);
                    }
                }

                i += width - 1;
            }

            return new Folded(folded.ToString(), [.. source]);
        }
    }
}

/// <summary>Registers <see cref="SearchText.Fold"/> on every SQLite connection EF Core opens.</summary>
public sealed class SqliteFunctions : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(SearchText.FunctionName, SearchText.Fold, isDeterministic: true);
        }
    }
}
