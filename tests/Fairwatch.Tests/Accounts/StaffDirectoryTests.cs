using Fairwatch.Accounts;
using Fairwatch.Data;
using Fairwatch.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Accounts;

public sealed class StaffDirectoryTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_invitation_creates_the_account_and_its_email_together()
    {
        var admin = await CreateAdminAsync("boss@example.org");
        await using var scope = _app.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();

        var result = await directory.InviteAsync(" New.Person@Example.org ", "Nueva Persona", "es", [StaffRoles.HotlineStaff], admin);

        Assert.True(result.Succeeded, result.Error);
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var user = await db.Users.SingleAsync(u => u.Email == "New.Person@Example.org");
        Assert.Null(user.PasswordHash);
        Assert.Equal("es", user.PreferredCulture);
        var message = await db.OutboxMessages.SingleAsync(m => m.Kind == "account.invitation");
        Assert.Equal("New.Person@Example.org", message.ToAddress);
        Assert.StartsWith("Invitación a", message.Subject, StringComparison.Ordinal);
        Assert.Contains("https://fairwatch.test/account/accept-invitation?email=", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_with_bad_input_changes_nothing()
    {
        var admin = await CreateAdminAsync("boss2@example.org");
        await using var scope = _app.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var users = await db.Users.CountAsync();

        Assert.False((await directory.InviteAsync("not-an-address", "X", "en", [StaffRoles.Volunteer], admin)).Succeeded);
        Assert.False((await directory.InviteAsync("ok@example.org", "X", "en", [], admin)).Succeeded);
        Assert.False((await directory.InviteAsync("ok@example.org", "X", "en", ["Superuser"], admin)).Succeeded);
        Assert.False((await directory.InviteAsync("BOSS2@example.org", "X", "en", [StaffRoles.Volunteer], admin)).Succeeded);

        Assert.Equal(users, await db.Users.CountAsync());
        Assert.Equal(0, await db.OutboxMessages.CountAsync());
    }

    [Fact]
    public async Task An_accepted_invitation_link_cannot_be_used_twice()
    {
        var admin = await CreateAdminAsync("boss3@example.org");
        await using var scope = _app.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await directory.InviteAsync("twice@example.org", "Twice", "en", [StaffRoles.Volunteer], admin);
        var user = await users.FindByEmailAsync("twice@example.org");
        var token = await users.GenerateUserTokenAsync(user!, InvitationTokenProvider.ProviderName, InvitationTokenProvider.Purpose);

        Assert.True((await directory.AcceptInvitationAsync("twice@example.org", token, "a long enough password")).Succeeded);
        Assert.False((await directory.AcceptInvitationAsync("twice@example.org", token, "another long password")).Succeeded);
        Assert.False((await directory.AcceptInvitationAsync("twice@example.org", "forged", "another long password")).Succeeded);
    }

    [Fact]
    public async Task The_last_active_administrator_cannot_be_disabled_or_demoted()
    {
        var onlyAdmin = await CreateAdminAsync("only-admin@example.org");
        await using var scope = _app.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var other = await CreateAdminAsync("second-admin@example.org");
        await directory.SetDisabledAsync(other.Id, true, onlyAdmin.Id);

        var demote = await directory.SetRolesAsync(onlyAdmin.Id, [StaffRoles.Volunteer], other.Id);
        var disableSelf = await directory.SetDisabledAsync(onlyAdmin.Id, true, onlyAdmin.Id);

        Assert.False(demote.Succeeded);
        Assert.Contains("last active administrator", demote.Error, StringComparison.Ordinal);
        Assert.False(disableSelf.Succeeded);
        var member = await directory.FindAsync(onlyAdmin.Id);
        Assert.Equal([StaffRoles.Administrator], member!.Roles);
        Assert.False(member.IsDisabled);
    }

    [Fact]
    public async Task A_password_reset_is_only_sent_to_active_accounts_and_says_nothing_either_way()
    {
        await CreateAdminAsync("reset-me@example.org");
        await using var scope = _app.Scope();
        var directory = scope.ServiceProvider.GetRequiredService<StaffDirectory>();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();

        await directory.RequestPasswordResetAsync("nobody@example.org");
        await directory.RequestPasswordResetAsync(" RESET-ME@example.org ");

        var message = await db.OutboxMessages.SingleAsync();
        Assert.Equal("account.password-reset", message.Kind);
        Assert.Equal(OutboxStatus.Pending, message.Status);
        Assert.Equal("reset-me@example.org", message.ToAddress);
    }

    [Fact]
    public async Task Two_factor_is_required_by_default_for_roles_that_read_sensitive_records()
    {
        await using var scope = _app.Scope();
        var policy = scope.ServiceProvider.GetRequiredService<TwoFactorPolicy>();

        Assert.Equal(StaffRoles.TwoFactorByDefault.Order(), (await policy.RequiredRolesAsync()).Order());

        await policy.SetRequiredRolesAsync([StaffRoles.Volunteer, "NotARole"]);
        await using var other = _app.Scope();
        // The roles that read cases stay, whatever is saved.
        Assert.Equal([.. StaffRoles.ReadSensitiveRecords, StaffRoles.Volunteer], (await other.ServiceProvider.GetRequiredService<TwoFactorPolicy>().RequiredRolesAsync()).Order());
    }

    private async Task<StaffUser> CreateAdminAsync(string email)
    {
        await using var scope = _app.Scope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().CreateAdministratorAsync(email, email);
        Assert.True(result.Succeeded, result.Error);
        return (await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email))!;
    }
}
