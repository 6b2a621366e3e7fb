using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace Fairwatch.Actions.Cwc;

public enum CwcOutcome
{
    Accepted,

    /// <summary>The service refused the document itself: sending it again would not help.</summary>
    Refused,

    /// <summary>The service was away, busy, or refused the key: worth trying again later.</summary>
    TryAgain,
}

public sealed record CwcAnswer(CwcOutcome Outcome, string Text);

/// <summary>
/// Submits one document to the CWC service: POST {Endpoint}/v2/message?apikey=KEY with the XML as
/// the body. The service answers 200 when it accepts the message and 400 with its errors when the
/// document is refused.
/// </summary>
public sealed class CwcClient(HttpClient http, IOptions<CwcOptions> options)
{
    public async Task<CwcAnswer> SubmitAsync(string document, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var address = new Uri(new Uri(settings.Endpoint!.TrimEnd('/') + "/"), "v2/message?apikey=" + Uri.EscapeDataString(settings.ApiKey!));
        using var content = new StringContent(document, Encoding.UTF8, "application/xml");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            using var response = await http.PostAsync(address, content, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var text = $"HTTP {(int)response.StatusCode}: {(body.Length == 0 ? response.ReasonPhrase : body)}";
            return response.StatusCode switch
            {
                _ when response.IsSuccessStatusCode => new(CwcOutcome.Accepted, text),
                // A wrong or expired key is for an administrator to fix; the message is not at fault.
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => new(CwcOutcome.TryAgain, text),
                _ when (int)response.StatusCode >= 500 => new(CwcOutcome.TryAgain, text),
                _ => new(CwcOutcome.Refused, text),
            };
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new(CwcOutcome.TryAgain, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
