using System.Globalization;
using Fairwatch.Data;
using Fairwatch.Email;
using Microsoft.Extensions.Options;

namespace Fairwatch.Accounts;

/// <summary>Account e-mails, written to the outbox with the caller's change.</summary>
public sealed class AccountEmails(FairwatchDb db, Outbox outbox, EmailTemplates templates, PublicUrls urls)
{
    public static readonly TimeSpan PasswordResetLifetime = TimeSpan.FromHours(2);
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromHours(72);

    public void EnqueuePasswordReset(StaffUser user, string token)
    {
        var link = urls.Absolute("/account/reset-password", new() { ["email"] = user.Email!, ["token"] = token });
        var content = templates.Render("password-reset", user.PreferredCulture, new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["link"] = link,
            ["hours"] = Hours(PasswordResetLifetime),
        });
        outbox.Enqueue(db, "account.password-reset", user.Email!, user.DisplayName, content);
    }

    public void EnqueueInvitation(StaffUser user, string inviterName, IEnumerable<string> roles, string token)
    {
        var link = urls.Absolute("/account/accept-invitation", new() { ["email"] = user.Email!, ["token"] = token });
        var content = templates.Render("invitation", user.PreferredCulture, new Dictionary<string, string>
        {
            ["name"] = user.DisplayName,
            ["inviter"] = inviterName,
            ["roles"] = string.Join(", ", roles.Select(StaffRoles.DisplayName)),
            ["link"] = link,
            ["hours"] = Hours(InvitationLifetime),
        });
        outbox.Enqueue(db, "account.invitation", user.Email!, user.DisplayName, content);
    }

    private static string Hours(TimeSpan lifetime) => lifetime.TotalHours.ToString("0", CultureInfo.InvariantCulture);
}

/// <summary>
/// Absolute links for e-mails. Outside Development the public address must be configured:
/// building it from the request's Host header would let anyone who asks for a password reset
/// point the victim's link at a host of their choosing.
/// </summary>
public sealed class PublicUrls(IOptions<EmailOptions> options, IHttpContextAccessor accessor, IWebHostEnvironment environment)
{
    public string Absolute(string path, Dictionary<string, string?> query)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            var request = accessor.HttpContext?.Request;
            if (request is null || !environment.IsDevelopment())
            {
                throw new InvalidOperationException("Set Email:PublicBaseUrl (for example https://fairwatch.example.org) so that e-mails can carry links.");
            }

            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return baseUrl.TrimEnd('/') + path + QueryString.Create(query).ToUriComponent();
    }
}
