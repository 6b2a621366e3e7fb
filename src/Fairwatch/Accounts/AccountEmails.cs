using System.Globalization;
using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Web;

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
