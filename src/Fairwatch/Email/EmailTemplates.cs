using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Fairwatch.Web;
using Microsoft.Extensions.Options;

namespace Fairwatch.Email;

/// <summary>
/// Renders e-mail from templates shipped in the assembly: <c>{name}.{culture}.txt</c> (first line
/// "Subject: ...") and <c>{name}.{culture}.html</c>, the latter wrapped in <c>_layout.{culture}.html</c>.
/// <c>{{key}}</c> placeholders are replaced, HTML-encoded in the HTML version.
/// </summary>
public sealed partial class EmailTemplates(IOptions<OrganisationOptions> organisation)
{
    private static readonly ConcurrentDictionary<string, string?> Cache = new();

    public EmailContent Render(string name, string culture, IReadOnlyDictionary<string, string> values)
    {
        culture = Cultures.Normalise(culture);
        var all = new Dictionary<string, string>(values) { ["org_name"] = organisation.Value.Name };

        var text = Load($"{name}.{culture}.txt") ?? throw new InvalidOperationException($"No e-mail template {name}.{culture}.txt");
        var lines = text.Split('\n', 2);
        if (!lines[0].StartsWith("Subject:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"E-mail template {name}.{culture}.txt must start with a 'Subject:' line.");
        }

        var subject = Fill(lines[0]["Subject:".Length..].Trim(), all, encode: false);
        var textBody = Fill(lines.Length > 1 ? lines[1].TrimStart('\r', '\n') : "", all, encode: false);

        string? html = null;
        var htmlBody = Load($"{name}.{culture}.html");
        if (htmlBody is not null)
        {
            var layout = Load($"_layout.{culture}.html") ?? "{{content}}";
            var content = Fill(htmlBody, all, encode: true);
            html = Fill(layout, new Dictionary<string, string>(all) { ["subject"] = subject }, encode: true)
                .Replace("{{{content}}}", content, StringComparison.Ordinal);
        }

        return new EmailContent(subject, textBody, html);
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool encode) =>
        Placeholder().Replace(template, match =>
        {
            var key = match.Groups[1].Value;
            if (!values.TryGetValue(key, out var value))
            {
                throw new InvalidOperationException($"E-mail template placeholder '{key}' has no value.");
            }

            return encode ? WebUtility.HtmlEncode(value) : value;
        });

    private static string? Load(string file) => Cache.GetOrAdd(file, static f =>
    {
        using var stream = typeof(EmailTemplates).Assembly.GetManifestResourceStream("email/" + f);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    });

    // {{key}} but not the layout's {{{content}}} slot, which holds already-encoded HTML.
    [GeneratedRegex(@"(?<!\{)\{\{([a-z_]+)\}\}(?!\})", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
