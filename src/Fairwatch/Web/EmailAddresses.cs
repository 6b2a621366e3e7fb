using System.Net.Mail;

namespace Fairwatch.Web;

/// <summary>E-mail addresses typed into public forms.</summary>
public static class EmailAddresses
{
    /// <summary>Trimmed and lower-cased, so that one person is one address however they type it.</summary>
    public static string Normalise(string? email) => email?.Trim().ToLowerInvariant() ?? "";

    /// <summary>A plausible address for a person: one @, no spaces, and a dot in the domain.</summary>
    public static bool IsValid(string email) =>
        !email.Any(char.IsWhiteSpace) && MailAddress.TryCreate(email, out var address) && address.Address == email && address.Host.Contains('.', StringComparison.Ordinal);
}
