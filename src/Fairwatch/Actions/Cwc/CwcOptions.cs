namespace Fairwatch.Actions.Cwc;

/// <summary>
/// Communicating with Congress: who Fairwatch says it is in every House document, and, when the
/// House has given the organisation an API key, where to submit them. Configuration section "Cwc".
/// </summary>
public sealed class CwcOptions
{
    public const string Section = "Cwc";

    /// <summary>The CWC service's address, such as https://cwc.house.gov (its test service for trials). Without it and <see cref="ApiKey"/>, staff export batches for a vendor.</summary>
    public string? Endpoint { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The delivery agent's name exactly as registered with the House; the organisation's name when empty.</summary>
    public string? DeliveryAgent { get; set; }

    /// <summary>Where the House sends acknowledgements; Organisation:ContactEmail or Email:FromAddress when empty.</summary>
    public string? AckEmail { get; set; }

    public string? ContactName { get; set; }

    public string? ContactEmail { get; set; }

    /// <summary>The contact's phone as 202-555-0100. The format requires one, and there is no sensible default.</summary>
    public string? ContactPhone { get; set; }

    public int MaxAttempts { get; set; } = 8;

    public double RetryBaseSeconds { get; set; } = 60;

    public double RetryMaxSeconds { get; set; } = 3_600;

    public double LeaseSeconds { get; set; } = 120;

    public double TimeoutSeconds { get; set; } = 30;

    public int BatchSize { get; set; } = 20;

    public bool SubmitsToEndpoint => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(ApiKey);
}
