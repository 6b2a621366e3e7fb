using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Detention;
using Fairwatch.Events;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Visits;

public sealed record VisitGroupInput(string? Name, string? Area, string? TimeZoneId);

public sealed record VisitGroupRow(int Id, string Name, string Area, int Facilities, int Members, int UpcomingVisits);

public sealed record GroupFacilityRow(int Id, string Name, string Slug, string? Place);

public sealed record GroupMemberRow(string UserId, string Name, string? Email, bool IsDisabled);

public sealed record VisitGroupDetail(
    VisitGroup Group, string TimeZoneId, IReadOnlyList<GroupFacilityRow> Facilities, IReadOnlyList<GroupMemberRow> Members);

/// <summary>Who covers a facility, as its public page says it.</summary>
public sealed record CoveringGroup(string Name, string Area);

/// <summary>
/// Visitation groups for coordinators: create and rename them, adopt and release facilities, add and
/// remove volunteers. The groups covering a facility are on its public page; the members are not.
/// </summary>
public sealed class VisitGroupService(FairwatchDb db, TimeProvider clock, IOutputCacheStore cache)
{
    public async Task<IReadOnlyList<VisitGroupRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        return await db.Set<VisitGroup>().AsNoTracking().OrderBy(g => g.Name)
            .Select(g => new VisitGroupRow(
                g.Id, g.Name, g.Area, g.Facilities.Count, g.Members.Count,
                db.Set<VisitSlot>().Count(s => s.GroupId == g.Id && s.CancelledAt == null && s.StartsAt > now)))
            .ToListAsync(cancellationToken);
    }

    public async Task<ChangeResult> CreateAsync(VisitGroupInput input, CancellationToken cancellationToken = default)
    {
        var problem = await CheckAsync(input, null, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var group = new VisitGroup { Name = input.Name!.Trim(), Area = input.Area!.Trim(), TimeZoneId = input.TimeZoneId!, CreatedAt = Now };
        db.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(group.Id);
    }

    public async Task<ChangeResult> UpdateAsync(int id, VisitGroupInput input, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<VisitGroup>().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return ChangeResult.Fail("That group does not exist.");
        }

        var problem = await CheckAsync(input, id, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        group.Name = input.Name!.Trim();
        group.Area = input.Area!.Trim();
        group.TimeZoneId = input.TimeZoneId!;
        await db.SaveChangesAsync(cancellationToken);
        await EvictPublicPagesAsync();
        return ChangeResult.Ok(id);
    }

    public async Task<VisitGroupDetail?> FindAsync(int id, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<VisitGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (group is null)
        {
            return null;
        }

        var facilities = await db.Set<GroupFacility>().Where(a => a.GroupId == id)
            .Join(db.Set<Facility>(), a => a.FacilityId, f => f.Id, (a, f) => new { f.Id, f.Name, f.Slug, f.City, f.Region })
            .OrderBy(f => f.Name).ToListAsync(cancellationToken);
        var members = await db.Set<GroupMember>().Where(m => m.GroupId == id)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
            .OrderBy(u => u.DisplayName)
            .Select(u => new GroupMemberRow(u.Id, u.DisplayName, u.Email, u.IsDisabled))
            .ToListAsync(cancellationToken);
        return new VisitGroupDetail(
            group, group.TimeZoneId,
            [.. facilities.Select(f => new GroupFacilityRow(f.Id, f.Name, f.Slug, Place(f.City, f.Region)))],
            members);
    }

    public async Task<ChangeResult> AdoptAsync(int groupId, int? facilityId, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<VisitGroup>().AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            return ChangeResult.Fail("That group does not exist.");
        }

        if (facilityId is not { } id || !await db.Set<Facility>().AnyAsync(f => f.Id == id, cancellationToken))
        {
            return ChangeResult.Fail("Choose a facility to adopt.", "FacilityId");
        }

        if (await db.Set<GroupFacility>().AnyAsync(a => a.GroupId == groupId && a.FacilityId == id, cancellationToken))
        {
            return ChangeResult.Fail("The group has already adopted that facility.", "FacilityId");
        }

        db.Add(new GroupFacility { GroupId = groupId, FacilityId = id, AdoptedAt = Now });
        await db.SaveChangesAsync(cancellationToken);
        await EvictPublicPagesAsync();
        return ChangeResult.Ok(groupId);
    }

    /// <summary>Releases a facility. Visits already planned there stay; the group plans no new ones.</summary>
    public async Task<ChangeResult> ReleaseAsync(int groupId, int facilityId, CancellationToken cancellationToken = default)
    {
        var released = await db.Set<GroupFacility>().Where(a => a.GroupId == groupId && a.FacilityId == facilityId).ExecuteDeleteAsync(cancellationToken);
        if (released == 0)
        {
            return ChangeResult.Fail("The group has not adopted that facility.");
        }

        await EvictPublicPagesAsync();
        return ChangeResult.Ok(groupId);
    }

    /// <summary>Volunteers (people with the Volunteer role who can still sign in) not yet in the group.</summary>
    public async Task<IReadOnlyList<GroupMemberRow>> CandidatesAsync(int groupId, CancellationToken cancellationToken = default)
    {
        var volunteerRole = await db.Roles.Where(r => r.Name == StaffRoles.Volunteer).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        return await db.UserRoles.Where(ur => ur.RoleId == volunteerRole)
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => u)
            .Where(u => !u.IsDisabled && !db.Set<GroupMember>().Any(m => m.GroupId == groupId && m.UserId == u.Id))
            .OrderBy(u => u.DisplayName)
            .Select(u => new GroupMemberRow(u.Id, u.DisplayName, u.Email, u.IsDisabled))
            .ToListAsync(cancellationToken);
    }

    public async Task<ChangeResult> AddMemberAsync(int groupId, string? userId, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<VisitGroup>().AnyAsync(g => g.Id == groupId, cancellationToken))
        {
            return ChangeResult.Fail("That group does not exist.");
        }

        if (string.IsNullOrEmpty(userId) || !(await CandidatesAsync(groupId, cancellationToken)).Any(c => c.UserId == userId))
        {
            return ChangeResult.Fail("Choose a volunteer who is not in the group yet.", "UserId");
        }

        db.Add(new GroupMember { GroupId = groupId, UserId = userId, JoinedAt = Now });
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(groupId);
    }

    /// <summary>Takes a volunteer out of a group, and off the group's visits still to come.</summary>
    public async Task<ChangeResult> RemoveMemberAsync(int groupId, string userId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await db.Set<GroupMember>().Where(m => m.GroupId == groupId && m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            return ChangeResult.Fail("That volunteer is not in the group.");
        }

        var now = Now;
        await db.Set<VisitSignup>()
            .Where(s => s.VolunteerId == userId && db.Set<VisitSlot>().Any(v => v.Id == s.SlotId && v.GroupId == groupId && v.StartsAt > now))
            .ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ChangeResult.Ok(groupId);
    }

    /// <summary>The groups covering a facility, for its public page.</summary>
    public async Task<IReadOnlyList<CoveringGroup>> CoveringAsync(int facilityId, CancellationToken cancellationToken = default) =>
        await db.Set<GroupFacility>().Where(a => a.FacilityId == facilityId)
            .Join(db.Set<VisitGroup>(), a => a.GroupId, g => g.Id, (a, g) => g)
            .OrderBy(g => g.Name)
            .Select(g => new CoveringGroup(g.Name, g.Area))
            .ToListAsync(cancellationToken);

    internal static string? Place(string? city, string? region) =>
        string.Join(", ", new[] { city, region }.Where(p => !string.IsNullOrEmpty(p))) is { Length: > 0 } place ? place : null;

    private async Task<ChangeResult?> CheckAsync(VisitGroupInput input, int? id, CancellationToken cancellationToken)
    {
        var name = input.Name?.Trim() ?? "";
        var area = input.Area?.Trim() ?? "";
        var problem = name.Length == 0 ? ChangeResult.Fail("Enter the group's name.", nameof(VisitGroupInput.Name))
            : name.Length > VisitGroupLimits.Name ? ChangeResult.Fail("The name is too long (200 characters at most).", nameof(VisitGroupInput.Name))
            : area.Length == 0 ? ChangeResult.Fail("Enter where the group works.", nameof(VisitGroupInput.Area))
            : area.Length > VisitGroupLimits.Area ? ChangeResult.Fail("Keep the area under 200 characters.", nameof(VisitGroupInput.Area))
            : !EventTimes.IsKnownZone(input.TimeZoneId) ? ChangeResult.Fail("Choose the time zone the group's visits are planned in.", nameof(VisitGroupInput.TimeZoneId))
            : null;
        if (problem is null && await db.Set<VisitGroup>().AnyAsync(g => g.Name == name && g.Id != id, cancellationToken))
        {
            problem = ChangeResult.Fail("Another group has that name.", nameof(VisitGroupInput.Name));
        }

        return problem;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    // Facility pages say who covers them, and they are cached with the rest of the public content.
    private async Task EvictPublicPagesAsync() => await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
}
