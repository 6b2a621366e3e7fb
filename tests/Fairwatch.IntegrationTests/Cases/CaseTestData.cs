using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Fairwatch.Cases;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Cases;

/// <summary>Reports and calls filled in like a person who took a minute.</summary>
internal static partial class CaseTestData
{
    /// <summary>A sentence that exists nowhere else, to look for in the stored data.</summary>
    public static string Canary(string what) => $"The {what} canary {Guid.NewGuid():N} sang in cell block D.";

    /// <summary>A report-form stamp issued a minute ago.</summary>
    public static string ReportStamp(FairwatchFactory app)
    {
        using var scope = app.Services.CreateScope();
        return ActivatorUtilities.CreateInstance<AnonymousReports>(scope.ServiceProvider, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1))).IssueStamp();
    }

    /// <summary>Opens the report form and sends it with these fields (and a stamp a minute old unless given).</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> ReportAsync(
        FairwatchFactory app, HttpClient client, Dictionary<string, string> fields, string url = "/report", IEnumerable<string>? categories = null)
    {
        var form = await client.GetDocumentAsync(url);
        fields.TryAdd("Report.Stamp", ReportStamp(app));
        var values = fields.ToList();
        values.AddRange((categories ?? []).Select(c => new KeyValuePair<string, string>("Report.Categories", c)));
        var response = await client.SubmitAsync(form, url, values);
        return (response, await HtmlForms.ParseAsync(response));
    }

    /// <summary>The receipt code on the page, without its spaces.</summary>
    public static string Receipt(IHtmlDocument page) => page.QuerySelector("[data-receipt]")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

    [GeneratedRegex("^[0-9]{16}$")]
    public static partial Regex SixteenDigits();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
