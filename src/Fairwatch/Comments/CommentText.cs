using Microsoft.AspNetCore.Html;

namespace Fairwatch.Comments;

/// <summary>
/// Shows a comment as the person wrote it: every character HTML-encoded (nothing they type can
/// become markup or a link), blank lines as paragraphs and single line breaks kept.
/// </summary>
public static class CommentText
{
    public static IHtmlContent ToHtml(string body)
    {
        var html = new HtmlContentBuilder();
        var paragraphs = body.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs)
        {
            html.AppendHtml("<p>");
            var lines = paragraph.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    html.AppendHtml("<br>");
                }

                html.Append(lines[i]);
            }

            html.AppendHtml("</p>");
        }

        return html;
    }
}
