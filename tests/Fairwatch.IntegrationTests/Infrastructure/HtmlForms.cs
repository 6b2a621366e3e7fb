using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Fairwatch.IntegrationTests.Infrastructure;

/// <summary>Fills and submits forms the way a browser without JavaScript would, antiforgery token included.</summary>
public static class HtmlForms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>GETs the page, fills the form that matches the selector, and posts it with its hidden fields.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string formSelector = "main form")
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return await client.SubmitAsync(page, pageUrl, fields, formSelector);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client, IHtmlDocument page, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string formSelector = "main form")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        var given = fields.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!given.Contains(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        values.AddRange(fields);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? pageUrl : action;
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    /// <summary>Like <see cref="SubmitAsync(HttpClient, string, IEnumerable{KeyValuePair{string, string}}, string)"/> for a form with file inputs.</summary>
    public static async Task<HttpResponseMessage> SubmitWithFilesAsync(
        this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<(string Name, string FileName, byte[] Content)> files, string formSelector)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}");
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            content.Add(new ByteArrayContent(bytes), name, fileName);
        }

        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, content);
    }

    public static string Location(this HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString ?? throw new InvalidOperationException($"No redirect: {(int)response.StatusCode}");

    /// <summary>The redirect after an action without its share-step code (random, so tests cannot name it); fails when there is none.</summary>
    public static string LocationWithoutShareCode(this HttpResponseMessage response) => WithoutShareCode(response.Location());

    /// <summary><paramref name="url"/> without its one <c>code=</c> parameter (see <c>Sharing/Referrals.cs</c>); fails when there is none.</summary>
    public static string WithoutShareCode(string url)
    {
        var code = System.Text.RegularExpressions.Regex.Match(url, "([?&])code=[a-z0-9]{10}(&|(?=#)|$)");
        Assert.True(code.Success, $"No share code in {url}");
        var separator = code.Groups[2].Value.Length > 0 ? code.Groups[1].Value : "";
        return url[..code.Index] + separator + url[(code.Index + code.Length)..];
    }
}
