using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Fairwatch.Actions;

/// <summary>The signed time stamps of the action forms (see <see cref="FormStamp"/>), one kind per form.</summary>
public sealed class ActionStamps(IDataProtectionProvider protection, TimeProvider clock, IOptions<ActionOptions> options)
{
    public const string Letter = "letter";
    public const string Call = "call";
    public const string Social = "social";

    private readonly FormStamp _stamps = new(protection.CreateProtector("Fairwatch.Actions.FormStamp.v1"), clock, () => options.Value.Timing);

    public string Issue(string kind, int actionId) => _stamps.Issue(kind, actionId);

    public StampCheck Check(string? stamp, string kind, int actionId) => _stamps.Check(stamp, kind, actionId);

    public string Renew(string? stamp, string kind, int actionId) => _stamps.Renew(stamp, kind, actionId);
}
