using Fairwatch.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Data;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>On in Development (appsettings.Development.json); never on in Production.</summary>
    public bool Seed { get; set; }

    public string Password { get; set; } = "Fairwatch-demo-2026";
}

/// <summary>Demo content for a first look: one staff account per role, all with the same printed password.</summary>
public sealed class DemoSeed(
    FairwatchDb db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    TwoFactorPolicy twoFactor,
    Microsoft.Extensions.Options.IOptions<DemoOptions> options,
    TimeProvider clock)
{
    public static readonly IReadOnlyList<(string Email, string Name, string Role)> Accounts =
    [
        ("admin@demo.fairwatch.test", "Ana Administradora", StaffRoles.Administrator),
        ("campaigns@demo.fairwatch.test", "Carlos Campaigns", StaffRoles.CampaignStaff),
        ("hotline@demo.fairwatch.test", "Hana Hotline", StaffRoles.HotlineStaff),
        ("visits@demo.fairwatch.test", "Víctor Visits", StaffRoles.VisitCoordinator),
        ("volunteer@demo.fairwatch.test", "Valeria Volunteer", StaffRoles.Volunteer),
        ("data@demo.fairwatch.test", "Dana Data", StaffRoles.DataAnalyst),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await StaffRoleSetup.EnsureRolesAsync(roles);
        await Campaigns.CampaignDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Videos.FilmDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Blog.BlogDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Videos.FilmOutreachDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Press.PressDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Actions.ActionDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Events.EventDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Petitions.PetitionDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Detention.FacilityDemo.SeedAsync(db, clock, cancellationToken);
        await Pledges.PledgeDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await Visits.VolunteerDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (!await db.Users.AnyAsync(cancellationToken))
        {
            await CreateAccountsAsync();
        }

        await Visits.VisitGroupDemo.SeedAsync(db, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    private async Task CreateAccountsAsync()
    {
        // A first look needs no authenticator app for campaign work; roles that read cases always do.
        await twoFactor.SetRequiredRolesAsync([]);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (email, name, role) in Accounts)
        {
            var user = new StaffUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAt = now,
            };
            StaffRoleSetup.ThrowIfFailed(await users.CreateAsync(user, options.Value.Password), $"create demo user {email}");
            StaffRoleSetup.ThrowIfFailed(await users.AddToRoleAsync(user, role), $"add {email} to {role}");
        }
    }
}
