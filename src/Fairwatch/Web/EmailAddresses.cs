using System.Net.Mail;

namespace Fairwatch.Web;

/// <summary>E-mail addresses typed by the public.</summary>
public static class EmailAddresses
{
    /// <summary>Trimmed and lower-cased, so that limits and decisions apply however it is typed.</summary>
    public static string Normalise(string? email) => email?.Trim().ToLowerInvariant() ?? "";

    /// <summary>One plain address with a dotted domain; no display name, comment or spaces.</summary>
    public static bool IsValid(string email) =>
        !email.Any(char.IsWhiteSpace) && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.', StringComparison.Ordinal);
}
