using System.Globalization;
using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Detention;
using Fairwatch.Email;
using Fairwatch.Events;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Visits;

/// <summary>A visit as a coordinator plans it, in the group's time zone.</summary>
public sealed record VisitSlotInput
{
    public int? FacilityId { get; init; }

    public DateOnly? Date { get; init; }

    public TimeOnly? Starts { get; init; }

    public TimeOnly? Ends { get; init; }

    public int? Capacity { get; init; }

    public string? MeetingPoint { get; init; }

    public string? Notes { get; init; }
}

public sealed record VisitSlotRow(
    int Id, string Group, string Facility, DateTime StartsAt, DateTime EndsAt, string TimeZoneId, int Capacity, int Taken, bool Mine, bool Cancelled)
{
    public int PlacesLeft => Math.Max(0, Capacity - Taken);
}

public sealed record VisitSlotView(
    VisitSlot Slot, string Group, string Facility, string FacilitySlug, int Taken, bool Mine, IReadOnlyList<string> Volunteers)
{
    public int PlacesLeft => Math.Max(0, Slot.Capacity - Taken);
}

/// <summary>
/// Visit slots: coordinators publish them for a group's adopted facilities; the group's volunteers
/// sign up and cancel; everyone on a visit gets a reminder by e-mail, and word if it is called off.
/// Volunteers see only their own groups' visits; coordinators and administrators see all.
/// </summary>
public sealed class VisitSlotService(
    FairwatchDb db, Outbox outbox, EmailTemplates templates, PublicUrls urls, TimeProvider clock, IOptions<VolunteerOptions> options)
{
    public async Task<ChangeResult> PublishAsync(int groupId, VisitSlotInput input, CancellationToken cancellationToken = default)
    {
        var group = await db.Set<VisitGroup>().AsNoTracking().SingleOrDefaultAsync(g => g.Id == groupId, cancellationToken);
        if (group is null)
        {
            return ChangeResult.Fail("That group does not exist.");
        }

        var meetingPoint = input.MeetingPoint?.Trim() ?? "";
        var notes = input.Notes?.Trim() ?? "";
        var problem = input switch
        {
            { FacilityId: null } => ChangeResult.Fail("Choose one of the group's facilities.", nameof(VisitSlotInput.FacilityId)),
            { Date: null } => ChangeResult.Fail("Enter the day of the visit.", nameof(VisitSlotInput.Date)),
            { Starts: null } => ChangeResult.Fail("Enter when the visit starts.", nameof(VisitSlotInput.Starts)),
            { Ends: null } => ChangeResult.Fail("Enter when the visit ends.", nameof(VisitSlotInput.Ends)),
            _ when input.Ends <= input.Starts => ChangeResult.Fail("The visit must end after it starts, on the same day.", nameof(VisitSlotInput.Ends)),
            { Capacity: null or < 1 or > VisitGroupLimits.MaxCapacity } => ChangeResult.Fail("Enter how many volunteers can go (1 to 100).", nameof(VisitSlotInput.Capacity)),
            _ when meetingPoint.Length == 0 => ChangeResult.Fail("Say where the volunteers meet.", nameof(VisitSlotInput.MeetingPoint)),
            _ when meetingPoint.Length > VisitGroupLimits.MeetingPoint => ChangeResult.Fail("Keep the meeting point under 500 characters.", nameof(VisitSlotInput.MeetingPoint)),
            _ when notes.Length > VisitGroupLimits.Notes => ChangeResult.Fail("Keep the notes under 2,000 characters.", nameof(VisitSlotInput.Notes)),
            _ => null,
        };
        if (problem is null && !await db.Set<GroupFacility>().AnyAsync(a => a.GroupId == groupId && a.FacilityId == input.FacilityId, cancellationToken))
        {
            problem = ChangeResult.Fail("Choose one of the group's facilities.", nameof(VisitSlotInput.FacilityId));
        }

        DateTime? startsAt = null, endsAt = null;
        if (problem is null)
        {
            startsAt = EventTimes.ToUtc(input.Date!.Value, input.Starts!.Value, group.TimeZoneId, out var startProblem);
            endsAt = EventTimes.ToUtc(input.Date!.Value, input.Ends!.Value, group.TimeZoneId, out var endProblem);
            problem = startProblem != LocalTimeProblem.None || endProblem != LocalTimeProblem.None
                ? ChangeResult.Fail("That time does not exist on that day: the clocks change. Choose another time.", nameof(VisitSlotInput.Starts))
                : startsAt <= Now ? ChangeResult.Fail("The visit must be in the future.", nameof(VisitSlotInput.Date))
                : null;
        }

        if (problem is not null)
        {
            return problem;
        }

        var slot = new VisitSlot
        {
            GroupId = groupId,
            FacilityId = input.FacilityId!.Value,
            StartsAt = startsAt!.Value,
            EndsAt = endsAt!.Value,
            TimeZoneId = group.TimeZoneId,
            Capacity = input.Capacity!.Value,
            MeetingPoint = meetingPoint,
            Notes = notes.Length == 0 ? null : notes,
            CreatedAt = Now,
        };
        db.Add(slot);
        await db.SaveChangesAsync(cancellationToken);

        // The group hears of it with the same commit: nobody is told of a visit that was not saved.
        var facility = await FacilityNameAsync(slot.FacilityId, cancellationToken);
        foreach (var member in await ReachableMembersAsync(groupId, cancellationToken))
        {
            Enqueue("visit-published", "visits.published", member, slot, group.Name, facility);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(slot.Id);
    }

    /// <summary>Visits from today on: a volunteer's groups' or, for those who coordinate, every group's.</summary>
    public async Task<IReadOnlyList<VisitSlotRow>> UpcomingAsync(string userId, bool all, int? groupId = null, CancellationToken cancellationToken = default)
    {
        var since = Now.AddHours(-12);
        var slots = Visible(userId, all).Where(s => s.EndsAt > since);
        if (groupId is { } only)
        {
            slots = slots.Where(s => s.GroupId == only);
        }

        return await slots.OrderBy(s => s.StartsAt).ThenBy(s => s.Id)
            .Select(s => new VisitSlotRow(
                s.Id,
                db.Set<VisitGroup>().Where(g => g.Id == s.GroupId).Select(g => g.Name).First(),
                db.Set<Facility>().Where(f => f.Id == s.FacilityId).Select(f => f.Name).First(),
                s.StartsAt, s.EndsAt, s.TimeZoneId, s.Capacity, s.Signups.Count,
                s.Signups.Any(v => v.VolunteerId == userId),
                s.CancelledAt != null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One visit, or null for a volunteer outside its group. Only coordinators see who signed up.</summary>
    public async Task<VisitSlotView?> FindAsync(int id, string userId, bool all, CancellationToken cancellationToken = default)
    {
        var slot = await Visible(userId, all).Include(s => s.Signups).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (slot is null)
        {
            return null;
        }

        var facility = await db.Set<Facility>().Where(f => f.Id == slot.FacilityId).Select(f => new { f.Name, f.Slug }).SingleAsync(cancellationToken);
        var group = await db.Set<VisitGroup>().Where(g => g.Id == slot.GroupId).Select(g => g.Name).SingleAsync(cancellationToken);
        IReadOnlyList<string> volunteers = all
            ? await db.Set<VisitSignup>().Where(v => v.SlotId == id).OrderBy(v => v.SignedUpAt)
                .Join(db.Users, v => v.VolunteerId, u => u.Id, (v, u) => u.DisplayName).ToListAsync(cancellationToken)
            : [];
        return new VisitSlotView(slot, group, facility.Name, facility.Slug, slot.Signups.Count, slot.Signups.Any(v => v.VolunteerId == userId), volunteers);
    }

    /// <summary>
    /// Takes a place. The slot's row is locked first (an UPDATE that changes nothing), so on
    /// PostgreSQL two volunteers can never both take the last place; SQLite's transactions hold the
    /// database's write lock anyway.
    /// </summary>
    public async Task<ChangeResult> SignUpAsync(int slotId, string userId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.Set<VisitSlot>().Where(s => s.Id == slotId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.Capacity, v => v.Capacity), cancellationToken);
        var slot = locked == 0 ? null : await Visible(userId, all: false).Include(s => s.Signups).SingleOrDefaultAsync(s => s.Id == slotId, cancellationToken);
        var problem = slot switch
        {
            null => ChangeResult.Fail("Only the volunteers of the visit's group can sign up for it."),
            { CancelledAt: not null } => ChangeResult.Fail("This visit has been called off."),
            _ when slot.StartsAt <= Now => ChangeResult.Fail("This visit has already started."),
            _ when slot.Signups.Any(v => v.VolunteerId == userId) => ChangeResult.Fail("You are already signed up for this visit."),
            _ when slot.Signups.Count >= slot.Capacity => ChangeResult.Fail("This visit is full."),
            _ => null,
        };
        if (problem is not null)
        {
            return problem;
        }

        db.Add(new VisitSignup { SlotId = slotId, VolunteerId = userId, SignedUpAt = Now });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ChangeResult.Ok(slotId);
    }

    /// <summary>Gives a place back, before the visit starts.</summary>
    public async Task<ChangeResult> LeaveAsync(int slotId, string userId, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var left = await db.Set<VisitSignup>()
            .Where(v => v.SlotId == slotId && v.VolunteerId == userId && db.Set<VisitSlot>().Any(s => s.Id == slotId && s.StartsAt > now))
            .ExecuteDeleteAsync(cancellationToken);
        return left == 0 ? ChangeResult.Fail("You are not signed up for a visit still to come here.") : ChangeResult.Ok(slotId);
    }

    /// <summary>Calls a visit off; everyone signed up is told by e-mail, in the same commit.</summary>
    public async Task<ChangeResult> CallOffAsync(int slotId, CancellationToken cancellationToken = default)
    {
        var slot = await db.Set<VisitSlot>().Include(s => s.Signups).SingleOrDefaultAsync(s => s.Id == slotId, cancellationToken);
        if (slot is null)
        {
            return ChangeResult.Fail("That visit does not exist.");
        }

        if (slot.CancelledAt is not null || slot.StartsAt <= Now)
        {
            return ChangeResult.Fail("Only a visit still to come can be called off.");
        }

        slot.CancelledAt = Now;
        var group = await db.Set<VisitGroup>().Where(g => g.Id == slot.GroupId).Select(g => g.Name).SingleAsync(cancellationToken);
        var facility = await FacilityNameAsync(slot.FacilityId, cancellationToken);
        var volunteerIds = slot.Signups.Select(v => v.VolunteerId).ToList();
        foreach (var volunteer in await db.Users.Where(u => volunteerIds.Contains(u.Id) && !u.IsDisabled && u.Email != null).ToListAsync(cancellationToken))
        {
            Enqueue("visit-called-off", "visits.called-off", volunteer, slot, group, facility, "/staff/slots");
        }

        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(slotId);
    }

    /// <summary>
    /// Writes every reminder that is due to the outbox; returns how many. Each place is claimed by a
    /// conditional UPDATE of its RemindedAt in the transaction that writes the reminder, so several
    /// instances may run this at once and nobody is reminded twice.
    /// </summary>
    public async Task<int> SendDueRemindersAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var until = now + options.Value.ReminderLead;
        var due = await db.Set<VisitSignup>().AsNoTracking()
            .Where(v => v.RemindedAt == null)
            .Join(db.Set<VisitSlot>().Where(s => s.CancelledAt == null && s.StartsAt > now && s.StartsAt <= until), v => v.SlotId, s => s.Id, (v, s) => new { v.SlotId, v.VolunteerId })
            .OrderBy(v => v.SlotId).ThenBy(v => v.VolunteerId)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var place in due)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Set<VisitSignup>()
                .Where(v => v.SlotId == place.SlotId && v.VolunteerId == place.VolunteerId && v.RemindedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.RemindedAt, now), cancellationToken);
            var volunteer = claimed == 0 ? null : await db.Users.AsNoTracking().SingleAsync(u => u.Id == place.VolunteerId, cancellationToken);
            if (volunteer is { IsDisabled: false, Email: not null })
            {
                var slot = await db.Set<VisitSlot>().AsNoTracking().SingleAsync(s => s.Id == place.SlotId, cancellationToken);
                var group = await db.Set<VisitGroup>().Where(g => g.Id == slot.GroupId).Select(g => g.Name).SingleAsync(cancellationToken);
                Enqueue("visit-reminder", "visits.reminder", volunteer, slot, group, await FacilityNameAsync(slot.FacilityId, cancellationToken));
                await db.SaveChangesAsync(cancellationToken);
                sent++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return sent;
    }

    private IQueryable<VisitSlot> Visible(string userId, bool all) =>
        all ? db.Set<VisitSlot>() : db.Set<VisitSlot>().Where(s => db.Set<GroupMember>().Any(m => m.GroupId == s.GroupId && m.UserId == userId));

    private async Task<List<StaffUser>> ReachableMembersAsync(int groupId, CancellationToken cancellationToken) =>
        await db.Set<GroupMember>().Where(m => m.GroupId == groupId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u)
            .Where(u => !u.IsDisabled && u.Email != null)
            .ToListAsync(cancellationToken);

    private async Task<string> FacilityNameAsync(int facilityId, CancellationToken cancellationToken) =>
        await db.Set<Facility>().Where(f => f.Id == facilityId).Select(f => f.Name).SingleAsync(cancellationToken);

    private void Enqueue(string template, string kind, StaffUser volunteer, VisitSlot slot, string group, string facility, string? link = null)
    {
        var culture = Cultures.Normalise(volunteer.PreferredCulture);
        var when = EventTimes.Describe(slot.StartsAt, slot.EndsAt, slot.TimeZoneId, culture);
        var content = templates.Render(template, culture, new Dictionary<string, string>
        {
            ["name"] = volunteer.DisplayName,
            ["group"] = group,
            ["facility"] = facility,
            ["when"] = when.Full,
            ["date"] = when.Date,
            ["meeting_point"] = slot.MeetingPoint,
            ["visit_link"] = urls.Absolute(link ?? $"/staff/slots/{slot.Id.ToString(CultureInfo.InvariantCulture)}", []),
        });
        outbox.Enqueue(db, kind, volunteer.Email!, volunteer.DisplayName, content);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
