using System.Security.Claims;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Fairwatch.Accounts;

/// <summary>
/// Which roles must sign in with a second factor. Administrators choose, except that roles which can
/// read sensitive records (<see cref="StaffRoles.ReadSensitiveRecords"/>) always must.
/// </summary>
public sealed class TwoFactorPolicy(FairwatchDb db, IMemoryCache cache, TimeProvider clock)
{
    private const string SettingKey = "security.two-factor-required-roles";

    // Short, so that a change made on one instance reaches the others quickly.
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    public async Task<IReadOnlySet<string>> RequiredRolesAsync()
    {
        if (cache.TryGetValue(SettingKey, out IReadOnlySet<string>? roles) && roles is not null)
        {
            return roles;
        }

        var stored = await db.Settings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).SingleOrDefaultAsync();
        roles = stored is null
            ? new HashSet<string>(StaffRoles.TwoFactorByDefault, StringComparer.Ordinal)
            : new HashSet<string>(stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Where(StaffRoles.All.Contains).Concat(StaffRoles.ReadSensitiveRecords), StringComparer.Ordinal);
        cache.Set(SettingKey, roles, CacheFor);
        return roles;
    }

    public async Task SetRequiredRolesAsync(IEnumerable<string> roles)
    {
        var value = string.Join(',', roles.Where(StaffRoles.All.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == SettingKey);
        if (setting is null)
        {
            db.Settings.Add(new AppSetting { Key = SettingKey, Value = value, UpdatedAt = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            setting.Value = value;
            setting.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync();
        cache.Remove(SettingKey);
    }

    public async Task<bool> MustEnrolAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(StaffClaimsPrincipalFactory.TwoFactorClaim) == "on")
        {
            return false;
        }

        var required = await RequiredRolesAsync();
        return required.Any(user.IsInRole);
    }

    public async Task<bool> IsRequiredForAsync(IEnumerable<string> roles)
    {
        var required = await RequiredRolesAsync();
        return roles.Any(required.Contains);
    }
}

/// <summary>Until a user whose role requires two-factor sign-in has enrolled, the staff area shows them only the enrolment page.</summary>
public sealed class TwoFactorEnrolmentGate(RequestDelegate next)
{
    public const string EnrolmentPath = "/staff/account/two-factor";

    public async Task InvokeAsync(HttpContext context, TwoFactorPolicy policy)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/staff")
            && !path.StartsWithSegments(EnrolmentPath)
            && await policy.MustEnrolAsync(context.User))
        {
            context.Response.Redirect(EnrolmentPath + "?required=1");
            return;
        }

        await next(context);
    }
}
