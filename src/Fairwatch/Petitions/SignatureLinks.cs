using Fairwatch.Email;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;

namespace Fairwatch.Petitions;

/// <summary>
/// The links in a signer's e-mails: confirm the signature, stop updates. Each carries the
/// signature's id in a <see cref="SignedIdToken"/> for that one purpose, and stays valid as long as
/// the key ring keeps its keys.
/// </summary>
public sealed class SignatureLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string ConfirmPath = "/petitions/confirm";
    public const string UnsubscribePath = "/petitions/unsubscribe";

    private readonly SignedIdToken _confirm = new(protection, "Fairwatch.Petitions.Confirm.v1", clock);
    private readonly SignedIdToken _unsubscribe = new(protection, "Fairwatch.Petitions.Unsubscribe.v1", clock);

    public string ConfirmToken(long signatureId) => _confirm.Issue(signatureId);

    public string UnsubscribeToken(long signatureId) => _unsubscribe.Issue(signatureId);

    public long? ReadConfirmToken(string? token) => _confirm.Read(token);

    public long? ReadUnsubscribeToken(string? token) => _unsubscribe.Read(token);

    public string ConfirmUrl(PublicUrls urls, long signatureId) => urls.Absolute(ConfirmPath, new() { ["token"] = ConfirmToken(signatureId) });

    public string UnsubscribeUrl(PublicUrls urls, long signatureId) => urls.Absolute(UnsubscribePath, new() { ["token"] = UnsubscribeToken(signatureId) });

    /// <inheritdoc cref="OneClickUnsubscribe.Headers"/>
    public static IReadOnlyDictionary<string, string> UnsubscribeHeaders(string unsubscribeUrl) => OneClickUnsubscribe.Headers(unsubscribeUrl);
}
