using System.Net.Mail;

namespace Fairwatch.Web;

/// <summary>E-mail addresses typed into public forms.</summary>
public static class EmailAddresses
{
    public const int MaxLength = 256;

    /// <summary>Trimmed and lower-cased, so that limits, trust and bans apply however it is typed.</summary>
    public static string Normalise(string? email) => email?.Trim().ToLowerInvariant() ?? "";

    /// <summary>One plain address with a dotted domain: no display name, no spaces, nothing a mail header could be bent with.</summary>
    public static bool IsValid(string email) =>
        email.Length <= MaxLength && !email.Any(char.IsWhiteSpace) && !email.Any(char.IsControl)
        && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.', StringComparison.Ordinal);
}
