using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Fairwatch.Actions;

/// <summary>The signed time stamps of the action forms (see <see cref="FormStamps"/>), one kind per form.</summary>
public sealed class ActionStamps(IDataProtectionProvider protection, TimeProvider clock, IOptions<ActionOptions> options)
{
    public const string Letter = "letter";
    public const string Call = "call";
    public const string Social = "social";

    private readonly FormStamps _stamps = new(protection, "Fairwatch.Actions.FormStamp.v1", clock);

    public string Issue(string kind, int actionId) => _stamps.Issue(Subject(kind, actionId));

    public StampCheck Check(string? stamp, string kind, int actionId) =>
        _stamps.Check(stamp, Subject(kind, actionId), options.Value.MinimumAge, options.Value.FormLifetime);

    public string Renew(string? stamp, string kind, int actionId) =>
        _stamps.Renew(stamp, Subject(kind, actionId), options.Value.MinimumAge, options.Value.FormLifetime);

    private static string Subject(string kind, int actionId) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kind}|{actionId}");
}
