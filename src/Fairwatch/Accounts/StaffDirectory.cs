using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Accounts;

public sealed record StaffMember(
    string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, bool TwoFactorEnabled,
    bool IsDisabled, bool HasAcceptedInvitation, bool IsLockedOut, DateTime? LastSignInAt, DateTime? InvitedAt);

public sealed record StaffResult(bool Succeeded, string? Error = null, string? Password = null)
{
    public static readonly StaffResult Ok = new(true);

    public static StaffResult Fail(string error) => new(false, error);
}

/// <summary>The administrator's use cases: invite, change roles, disable; and password reset for everyone.</summary>
public sealed class StaffDirectory(
    FairwatchDb db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    AccountEmails emails,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<StaffMember>> ListAsync()
    {
        var now = clock.GetUtcNow();
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name!);
        var memberships = (await db.UserRoles.AsNoTracking().ToListAsync())
            .ToLookup(ur => ur.UserId, ur => roleNames[ur.RoleId]);
        var all = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync();
        return [.. all.Select(u => ToMember(u, [.. memberships[u.Id]], now))];
    }

    public async Task<StaffMember?> FindAsync(string id)
    {
        var user = await users.FindByIdAsync(id);
        return user is null ? null : ToMember(user, [.. await users.GetRolesAsync(user)], clock.GetUtcNow());
    }

    public async Task<StaffResult> InviteAsync(string email, string displayName, string culture, IReadOnlyCollection<string> roleNames, StaffUser inviter)
    {
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email))
        {
            return StaffResult.Fail("Enter a valid e-mail address.");
        }

        if (roleNames.Count == 0 || !roleNames.All(StaffRoles.All.Contains))
        {
            return StaffResult.Fail("Choose at least one role.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return StaffResult.Fail("Someone with this e-mail address already has an account.");
        }

        await StaffRoleSetup.EnsureRolesAsync(roles);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName.Trim(),
            PreferredCulture = Cultures.Normalise(culture),
            CreatedAt = now,
            InvitedAt = now,
            InvitedById = inviter.Id,
        };
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            return StaffResult.Fail(Describe(created));
        }

        StaffRoleSetup.ThrowIfFailed(await users.AddToRolesAsync(user, roleNames), "assign roles");
        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        emails.EnqueueInvitation(user, inviter.DisplayName, roleNames, token);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return StaffResult.Ok;
    }

    public async Task<StaffResult> ResendInvitationAsync(string userId, StaffUser inviter)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.HasAcceptedInvitation)
        {
            return StaffResult.Fail("This person has already accepted their invitation.");
        }

        var token = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);
        emails.EnqueueInvitation(user, inviter.DisplayName, await users.GetRolesAsync(user), token);
        user.InvitedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return StaffResult.Ok;
    }

    public async Task<StaffResult> AcceptInvitationAsync(string email, string token, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled || user.HasAcceptedInvitation
            || !await users.VerifyUserTokenAsync(user, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose, token))
        {
            return StaffResult.Fail("This invitation link is not valid any more. Ask an administrator to send a new one.");
        }

        var added = await users.AddPasswordAsync(user, password);
        if (!added.Succeeded)
        {
            return StaffResult.Fail(Describe(added));
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        // A used invitation link must not work twice.
        await users.UpdateSecurityStampAsync(user);
        return StaffResult.Ok;
    }

    public async Task<StaffResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roleNames, string actingUserId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return StaffResult.Fail("No such account.");
        }

        if (roleNames.Count == 0 || !roleNames.All(StaffRoles.All.Contains))
        {
            return StaffResult.Fail("Choose at least one role.");
        }

        var current = await users.GetRolesAsync(user);
        var losesAdmin = current.Contains(StaffRoles.Administrator) && !roleNames.Contains(StaffRoles.Administrator);
        if (losesAdmin && await IsLastActiveAdministratorAsync(user))
        {
            return StaffResult.Fail("This is the last active administrator; make someone else an administrator first.");
        }

        if (losesAdmin && user.Id == actingUserId)
        {
            return StaffResult.Fail("You cannot remove your own administrator role; ask another administrator.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        StaffRoleSetup.ThrowIfFailed(await users.RemoveFromRolesAsync(user, current.Except(roleNames)), "remove roles");
        StaffRoleSetup.ThrowIfFailed(await users.AddToRolesAsync(user, roleNames.Except(current)), "add roles");
        // New roles take effect at the next security-stamp check instead of the next sign-in.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync();
        return StaffResult.Ok;
    }

    public async Task<StaffResult> SetDisabledAsync(string userId, bool disabled, string actingUserId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return StaffResult.Fail("No such account.");
        }

        if (disabled && user.Id == actingUserId)
        {
            return StaffResult.Fail("You cannot disable your own account.");
        }

        if (disabled && await users.IsInRoleAsync(user, StaffRoles.Administrator) && await IsLastActiveAdministratorAsync(user))
        {
            return StaffResult.Fail("This is the last active administrator; make someone else an administrator first.");
        }

        user.IsDisabled = disabled;
        StaffRoleSetup.ThrowIfFailed(await users.UpdateAsync(user), "update account");
        // Ends the person's open sessions at the next security-stamp check.
        await users.UpdateSecurityStampAsync(user);
        return StaffResult.Ok;
    }

    /// <summary>Always looks the same to the caller, so the form cannot be used to learn who has an account.</summary>
    public async Task RequestPasswordResetAsync(string email)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled || !user.HasAcceptedInvitation)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        emails.EnqueuePasswordReset(user, token);
        await db.SaveChangesAsync();
    }

    public async Task<StaffResult> ResetPasswordAsync(string email, string token, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            return StaffResult.Fail("This link is not valid any more. Ask for a new one.");
        }

        var reset = await users.ResetPasswordAsync(user, token, password);
        if (!reset.Succeeded)
        {
            return StaffResult.Fail(reset.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? "This link is not valid any more. Ask for a new one."
                : Describe(reset));
        }

        // A reset is often the answer to a lock-out; the new password should work at once.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return StaffResult.Ok;
    }

    public async Task<StaffResult> CreateAdministratorAsync(string email, string displayName)
    {
        email = email.Trim();
        if (!new EmailAddressAttribute().IsValid(email))
        {
            return StaffResult.Fail("Enter a valid e-mail address.");
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return StaffResult.Fail($"An account for {email} exists already.");
        }

        await StaffRoleSetup.EnsureRolesAsync(roles);
        var password = GeneratePassword();
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return StaffResult.Fail(Describe(created));
        }

        StaffRoleSetup.ThrowIfFailed(await users.AddToRoleAsync(user, StaffRoles.Administrator), "make administrator");
        return new StaffResult(true, Password: password);
    }

    private async Task<bool> IsLastActiveAdministratorAsync(StaffUser user)
    {
        var admins = await users.GetUsersInRoleAsync(StaffRoles.Administrator);
        return admins.Where(a => !a.IsDisabled).All(a => a.Id == user.Id);
    }

    private static StaffMember ToMember(StaffUser u, IEnumerable<string> roleNames, DateTimeOffset now) => new(
        u.Id, u.Email ?? "", u.DisplayName, [.. roleNames.OrderBy(r => IndexOf(StaffRoles.All, r))], u.TwoFactorEnabled, u.IsDisabled, u.HasAcceptedInvitation,
        u.LockoutEnd is { } end && end > now, u.LastSignInAt, u.InvitedAt);

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }

        return list.Count;
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private static string GeneratePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }
}
