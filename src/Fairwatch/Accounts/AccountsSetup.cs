using Fairwatch.Data;
using Microsoft.AspNetCore.Identity;

namespace Fairwatch.Accounts;

public static class AccountsSetup
{
    public static IServiceCollection AddFairwatchAccounts(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                // Length over composition rules (NIST SP 800-63B).
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.Tokens.AuthenticatorIssuer = "Fairwatch";
            })
            .AddEntityFrameworkStores<FairwatchDb>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName)
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = AccountEmails.PasswordResetLifetime);
        services.Configure<InvitationTokenProviderOptions>(o => o.TokenLifespan = AccountEmails.InvitationLifetime);
        // A disabled account or a changed password ends other sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = ".Fairwatch.Staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.ConfigureExternalCookie(o => o.Cookie.Name = ".Fairwatch.External");
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(
            IdentityConstants.TwoFactorUserIdScheme, o => o.Cookie.Name = ".Fairwatch.TwoFactor");

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicies.AnyStaff, p => p.RequireAuthenticatedUser())
            .AddPolicy(StaffPolicies.Administration, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Administration]))
            .AddPolicy(StaffPolicies.Campaigns, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Campaigns]))
            .AddPolicy(StaffPolicies.Hotline, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Hotline]))
            .AddPolicy(StaffPolicies.Visits, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Visits]))
            .AddPolicy(StaffPolicies.Data, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Data]))
            .AddPolicy(StaffPolicies.Facilities, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Facilities]))
            .AddPolicy(StaffPolicies.Cases, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Cases]))
            .AddPolicy(StaffPolicies.Volunteers, p => p.RequireRole(StaffPolicies.Roles[StaffPolicies.Volunteers]));

        services.AddMemoryCache();
        services.AddScoped<TwoFactorPolicy>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<StaffDirectory>();
        return services;
    }
}

public static class StaffRoleSetup
{
    public static async Task EnsureRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    public static void ThrowIfFailed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
