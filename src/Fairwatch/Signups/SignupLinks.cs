using Fairwatch.Email;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Fairwatch.Signups;

/// <summary>
/// The links in a subscriber's e-mails. The confirmation link expires
/// (<see cref="SignupOptions.ConfirmationLinkDays"/>); the unsubscribe link does not, since it has
/// to work in an e-mail read months later.
/// </summary>
public sealed class SignupLinks(IDataProtectionProvider protection, TimeProvider clock, IOptions<SignupOptions> options)
{
    public const string ConfirmPath = "/signup/confirm";
    public const string UnsubscribePath = "/signup/unsubscribe";

    private readonly SignedIdToken _confirm = new(protection, "Fairwatch.Signups.Confirm.v1", clock, options.Value.ConfirmationLinkLifetime);
    private readonly SignedIdToken _unsubscribe = new(protection, "Fairwatch.Signups.Unsubscribe.v1", clock);

    public string ConfirmToken(long signupId) => _confirm.Issue(signupId);

    public string UnsubscribeToken(long signupId) => _unsubscribe.Issue(signupId);

    public long? ReadConfirmToken(string? token) => _confirm.Read(token);

    public long? ReadUnsubscribeToken(string? token) => _unsubscribe.Read(token);

    public string ConfirmUrl(PublicUrls urls, long signupId) => urls.Absolute(ConfirmPath, new() { ["token"] = ConfirmToken(signupId) });

    public string UnsubscribeUrl(PublicUrls urls, long signupId) => urls.Absolute(UnsubscribePath, new() { ["token"] = UnsubscribeToken(signupId) });
}
