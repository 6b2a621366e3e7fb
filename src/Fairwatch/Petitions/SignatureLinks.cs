using System.Globalization;
using System.Security.Cryptography;
using Fairwatch.Web;
using Microsoft.AspNetCore.DataProtection;

namespace Fairwatch.Petitions;

/// <summary>
/// The links in a signer's e-mails: confirm the signature, stop updates. Each carries the
/// signature's id signed with Data Protection for that one purpose, so a link can neither be
/// guessed nor turned into the other kind, and it stays valid as long as the key ring keeps its keys.
/// </summary>
public sealed class SignatureLinks(IDataProtectionProvider protection)
{
    public const string ConfirmPath = "/petitions/confirm";
    public const string UnsubscribePath = "/petitions/unsubscribe";

    private readonly IDataProtector _confirm = protection.CreateProtector("Fairwatch.Petitions.Confirm.v1");
    private readonly IDataProtector _unsubscribe = protection.CreateProtector("Fairwatch.Petitions.Unsubscribe.v1");

    public string ConfirmToken(long signatureId) => Protect(_confirm, signatureId);

    public string UnsubscribeToken(long signatureId) => Protect(_unsubscribe, signatureId);

    public long? ReadConfirmToken(string? token) => Read(_confirm, token);

    public long? ReadUnsubscribeToken(string? token) => Read(_unsubscribe, token);

    public string ConfirmUrl(PublicUrls urls, long signatureId) => urls.Absolute(ConfirmPath, new() { ["token"] = ConfirmToken(signatureId) });

    public string UnsubscribeUrl(PublicUrls urls, long signatureId) => urls.Absolute(UnsubscribePath, new() { ["token"] = UnsubscribeToken(signatureId) });

    /// <summary>
    /// RFC 2369 and RFC 8058 headers: mail programs show their own "unsubscribe" button and, on a
    /// press, POST "List-Unsubscribe=One-Click" to the link, with no cookie and no page to read.
    /// </summary>
    public static IReadOnlyDictionary<string, string> UnsubscribeHeaders(string unsubscribeUrl) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{unsubscribeUrl}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };

    private static string Protect(IDataProtector protector, long id) => protector.Protect(id.ToString(CultureInfo.InvariantCulture));

    private static long? Read(IDataProtector protector, string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            return null;
        }

        try
        {
            return long.TryParse(protector.Unprotect(token.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
