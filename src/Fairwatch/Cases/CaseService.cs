using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Detention;
using Fairwatch.Protection;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Cases;

/// <summary>What the person taking a hotline call writes down; <see cref="CaseService.LogCallAsync"/> checks it.</summary>
public sealed record CallIntake
{
    public DateOnly? Date { get; init; }

    public TimeOnly? Time { get; init; }

    public CallerType? Caller { get; init; }

    public bool Anonymous { get; init; }

    public string? Name { get; init; }

    public string? Contact { get; init; }

    public string? ANumber { get; init; }

    public int? FacilityId { get; init; }

    public DateOnly? OccurredOn { get; init; }

    public IReadOnlyList<AbuseCategory> Categories { get; init; } = [];

    public string? Narrative { get; init; }

    public CaseUrgency Urgency { get; init; }

    public string? Language { get; init; }

    public bool ConsentToShareStory { get; init; }

    public bool ConsentToName { get; init; }
}

/// <summary>One row of the case queue: nothing sealed, so the queue shows no names or stories.</summary>
public sealed record CaseRow(
    int Id, CaseSource Source, CaseStatus Status, CaseUrgency Urgency, DateOnly ReceivedOn, string? Facility, string? Owner,
    IReadOnlyList<AbuseCategory> Categories, DateOnly? NextDue, int OverdueTasks);

public sealed record CaseQueueFilter(CaseStatus? Status = null, bool OpenOnly = true, bool MineOnly = false, CaseSource? Source = null, int? FacilityId = null);

/// <summary>A case opened by a member of staff, with its sealed fields opened.</summary>
public sealed record CaseView(
    Case Case, string? Facility, string? Owner, string? Narrative, string? Name, string? Contact, string? ANumber, string? Place,
    IReadOnlyList<NoteView> Notes, IReadOnlyList<TaskView> Tasks, IReadOnlyList<CaseChange> History);

public sealed record NoteView(long Id, DateTime At, string AuthorName, bool ByReporter, string Text);

public sealed record TaskView(long Id, string Title, DateOnly DueOn, string? Assignee, DateTime? DoneAt, bool IsOverdue);

public sealed record StaffChoice(string Id, string Name);

/// <summary>
/// Cases from every source and their follow-up: the queue, the workflow, owners, notes and tasks.
/// Every opening of a case and every change writes an audit entry, in the same transaction as the change.
/// </summary>
public sealed class CaseService(FairwatchDb db, RecordProtector protector, AuditLog audit, TimeProvider clock)
{
    public const string AuditType = "Case";

    public async Task<ChangeResult> LogCallAsync(CallIntake call, string actorId, CancellationToken cancellationToken = default)
    {
        var narrative = call.Narrative?.Trim() ?? "";
        var name = call.Anonymous ? "" : call.Name?.Trim() ?? "";
        var contact = call.Anonymous ? "" : call.Contact?.Trim() ?? "";
        var language = call.Language?.Trim() ?? "";
        var today = Today();
        string? aNumber = null;
        var problem = call switch
        {
            { Date: null } => ChangeResult.Fail("Enter the date of the call.", nameof(CallIntake.Date)),
            { Date: { } date } when date > today => ChangeResult.Fail("The call cannot be in the future.", nameof(CallIntake.Date)),
            { Caller: null } => ChangeResult.Fail("Choose who is calling.", nameof(CallIntake.Caller)),
            { Caller: { } caller } when !Enum.IsDefined(caller) => ChangeResult.Fail("Choose who is calling.", nameof(CallIntake.Caller)),
            { OccurredOn: { } occurred } when occurred > today => ChangeResult.Fail("The date it happened cannot be in the future.", nameof(CallIntake.OccurredOn)),
            _ when !Enum.IsDefined(call.Urgency) => ChangeResult.Fail("Choose how urgent it is.", nameof(CallIntake.Urgency)),
            _ when narrative.Length == 0 => ChangeResult.Fail("Write down what the caller told you.", nameof(CallIntake.Narrative)),
            _ when narrative.Length > CaseLimits.Narrative => ChangeResult.Fail("The account is too long (20,000 characters at most).", nameof(CallIntake.Narrative)),
            _ when name.Length > CaseLimits.Name => ChangeResult.Fail("The name is too long (200 characters at most).", nameof(CallIntake.Name)),
            _ when contact.Length > CaseLimits.Contact => ChangeResult.Fail("The contact details are too long (500 characters at most).", nameof(CallIntake.Contact)),
            _ when language.Length > CaseLimits.Language => ChangeResult.Fail("The language is too long (60 characters at most).", nameof(CallIntake.Language)),
            _ when !string.IsNullOrWhiteSpace(call.ANumber) && (aNumber = ANumbers.Normalise(call.ANumber)) is null =>
                ChangeResult.Fail("An A-number has 8 or 9 digits, for example A012345678.", nameof(CallIntake.ANumber)),
            _ when call.ConsentToName && call.Anonymous => ChangeResult.Fail("An anonymous caller cannot be named in a complaint.", nameof(CallIntake.ConsentToName)),
            _ => null,
        };
        if (problem is null && call.FacilityId is { } facilityId && !await db.Set<Facility>().AnyAsync(f => f.Id == facilityId, cancellationToken))
        {
            problem = ChangeResult.Fail("Choose a facility from the list.", nameof(CallIntake.FacilityId));
        }

        if (problem is not null)
        {
            return problem;
        }

        var key = await protector.NewKeyAsync(cancellationToken);
        var entry = new Case
        {
            Source = CaseSource.HotlineCall,
            Status = CaseStatus.New,
            Urgency = call.Urgency,
            FacilityId = call.FacilityId,
            ReceivedOn = call.Date!.Value,
            ReceivedTime = call.Time,
            OccurredOn = call.OccurredOn,
            CallerType = call.Caller,
            IsAnonymous = call.Anonymous,
            Language = language.Length == 0 ? null : language,
            ConsentToShareStory = call.ConsentToShareStory,
            ConsentToName = call.ConsentToName,
            DataKeyId = key.Id,
            NarrativeSealed = RecordProtector.Seal(key, narrative, Purposes.Narrative),
            NameSealed = RecordProtector.Seal(key, Blank(name), Purposes.Name),
            ContactSealed = RecordProtector.Seal(key, Blank(contact), Purposes.Contact),
            ANumberSealed = RecordProtector.Seal(key, aNumber, Purposes.ANumber),
            Categories = [.. AbuseCategories.Clean(call.Categories).Select(c => new CaseCategory { Category = c })],
        };
        var actorName = await ActorNameAsync(actorId, cancellationToken);
        entry.Changes.Add(Change(actorId, actorName, "Hotline call logged"));
        db.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record(actorId, actorName, AuditAction.Created, AuditType, entry.Id.ToString(CultureInfo.InvariantCulture), "Hotline call logged");
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(entry.Id);
    }

    /// <summary>A visitor's request for follow-up, as a new case for staff. The caller saves it, with its own record.</summary>
    public async Task<Case> OpenFromVisitAsync(
        int facilityId, DateOnly visitedOn, IReadOnlyList<AbuseCategory> concerns, string request, string volunteerId, CancellationToken cancellationToken = default)
    {
        var key = await protector.NewKeyAsync(cancellationToken);
        var entry = new Case
        {
            Source = CaseSource.VisitReport,
            Status = CaseStatus.New,
            Urgency = concerns.Contains(AbuseCategory.DeathInCustody) || concerns.Contains(AbuseCategory.SexualAbuse) ? CaseUrgency.Urgent : CaseUrgency.Routine,
            FacilityId = facilityId,
            ReceivedOn = Today(),
            OccurredOn = visitedOn,
            IsAnonymous = true,
            DataKeyId = key.Id,
            NarrativeSealed = RecordProtector.Seal(key, request, Purposes.Narrative),
            Categories = [.. AbuseCategories.Clean(concerns).Select(c => new CaseCategory { Category = c })],
        };
        var actorName = await ActorNameAsync(volunteerId, cancellationToken);
        entry.Changes.Add(Change(volunteerId, actorName, "Opened from a visit report"));
        db.Add(entry);
        return entry;
    }

    /// <summary>The queue: open cases with overdue tasks first, then the most urgent, then the oldest.</summary>
    public async Task<IReadOnlyList<CaseRow>> QueueAsync(CaseQueueFilter filter, string actorId, CancellationToken cancellationToken = default)
    {
        var today = Today();
        var query = db.Set<Case>().AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(c => c.Status == status);
        }
        else if (filter.OpenOnly)
        {
            query = query.Where(c => c.Status != CaseStatus.Closed);
        }

        if (filter.MineOnly)
        {
            query = query.Where(c => c.OwnerId == actorId);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(c => c.Source == source);
        }

        if (filter.FacilityId is { } facilityId)
        {
            query = query.Where(c => c.FacilityId == facilityId);
        }

        var rows = await query
            .Select(c => new
            {
                c.Id,
                c.Source,
                c.Status,
                c.Urgency,
                c.ReceivedOn,
                Facility = db.Set<Facility>().Where(f => f.Id == c.FacilityId).Select(f => f.Name).FirstOrDefault(),
                Owner = db.Users.Where(u => u.Id == c.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
                Categories = c.Categories.Select(k => k.Category).ToList(),
                NextDue = c.Tasks.Where(t => t.DoneAt == null).Min(t => (DateOnly?)t.DueOn),
                Overdue = c.Tasks.Count(t => t.DoneAt == null && t.DueOn < today),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderByDescending(r => r.Overdue > 0)
            .ThenByDescending(r => r.Urgency)
            .ThenBy(r => r.NextDue ?? DateOnly.MaxValue)
            .ThenBy(r => r.ReceivedOn)
            .ThenBy(r => r.Id)
            .Select(r => new CaseRow(r.Id, r.Source, r.Status, r.Urgency, r.ReceivedOn, r.Facility, r.Owner, [.. r.Categories.Order()], r.NextDue, r.Overdue))];
    }

    /// <summary>Opens a case for a member of staff: its sealed fields are read, so the opening is audited.</summary>
    public async Task<CaseView?> OpenAsync(int id, string actorId, CancellationToken cancellationToken = default)
    {
        var entry = await db.Set<Case>().AsNoTracking().AsSplitQuery()
            .Include(c => c.Categories).Include(c => c.Notes).Include(c => c.Tasks).Include(c => c.Changes)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        audit.Record(actorId, await ActorNameAsync(actorId, cancellationToken), AuditAction.Viewed, AuditType, id.ToString(CultureInfo.InvariantCulture), null);
        await db.SaveChangesAsync(cancellationToken);

        var key = await protector.FindKeyAsync(entry.DataKeyId, cancellationToken);
        var people = await db.Users.AsNoTracking().Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var facility = entry.FacilityId is { } facilityId ? await db.Set<Facility>().Where(f => f.Id == facilityId).Select(f => f.Name).SingleOrDefaultAsync(cancellationToken) : null;
        var today = Today();
        return new CaseView(
            entry,
            facility,
            entry.OwnerId is { } owner ? people.GetValueOrDefault(owner) : null,
            RecordProtector.Open(key, entry.NarrativeSealed, Purposes.Narrative),
            RecordProtector.Open(key, entry.NameSealed, Purposes.Name),
            RecordProtector.Open(key, entry.ContactSealed, Purposes.Contact),
            RecordProtector.Open(key, entry.ANumberSealed, Purposes.ANumber),
            RecordProtector.Open(key, entry.PlaceSealed, Purposes.Place),
            [.. entry.Notes.OrderBy(n => n.At).ThenBy(n => n.Id).Select(n => new NoteView(n.Id, n.At, n.AuthorName, n.ByReporter, RecordProtector.Open(key, n.TextSealed, Purposes.Note) ?? ""))],
            [.. entry.Tasks.OrderBy(t => t.DoneAt.HasValue).ThenBy(t => t.DueOn).ThenBy(t => t.Id)
                .Select(t => new TaskView(t.Id, t.Title, t.DueOn, t.AssigneeId is { } a ? people.GetValueOrDefault(a) : null, t.DoneAt, t.DoneAt is null && t.DueOn < today))],
            [.. entry.Changes.OrderBy(c => c.At).ThenBy(c => c.Id)]);
    }

    public async Task<ChangeResult> MoveAsync(int id, CaseStatus status, string? note, string actorId, CancellationToken cancellationToken = default)
    {
        var entry = await db.Set<Case>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entry is null)
        {
            return ChangeResult.Fail("That case does not exist.");
        }

        if (!CaseWorkflow.Next(entry.Status).Contains(status))
        {
            return ChangeResult.Fail("A case cannot move to that status from where it is.", "Status");
        }

        var text = note?.Trim() ?? "";
        if (text.Length > 0 && entry.ErasedOn is not null)
        {
            return ChangeResult.Fail("This case's personal data was erased, so it takes no more notes.", "Note");
        }

        if (status == CaseStatus.Closed && text.Length == 0)
        {
            return ChangeResult.Fail("Say why the case is closed, in a note.", "Note");
        }

        if (text.Length > CaseLimits.Note)
        {
            return ChangeResult.Fail("The note is too long (10,000 characters at most).", "Note");
        }

        var actorName = await ActorNameAsync(actorId, cancellationToken);
        var what = $"Status: {CaseWorkflow.Name(entry.Status)} → {CaseWorkflow.Name(status)}";
        entry.Status = status;
        entry.ClosedOn = status == CaseStatus.Closed ? Today() : null;
        if (text.Length > 0)
        {
            var key = await KeyOfLiveCaseAsync(entry, cancellationToken);
            db.Add(new CaseNote { CaseId = id, AuthorId = actorId, AuthorName = actorName, At = Now(), TextSealed = RecordProtector.Seal(key, text, Purposes.Note)! });
        }

        return await ChangedAsync(id, actorId, actorName, what, cancellationToken);
    }

    public async Task<ChangeResult> AssignAsync(int id, string? ownerId, string actorId, CancellationToken cancellationToken = default)
    {
        var entry = await db.Set<Case>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entry is null)
        {
            return ChangeResult.Fail("That case does not exist.");
        }

        ownerId = string.IsNullOrEmpty(ownerId) ? null : ownerId;
        string? ownerName = null;
        if (ownerId is not null && (ownerName = (await CaseworkersAsync(cancellationToken)).FirstOrDefault(s => s.Id == ownerId)?.Name) is null)
        {
            return ChangeResult.Fail("Choose someone who works on cases.", "Owner");
        }

        entry.OwnerId = ownerId;
        return await ChangedAsync(id, actorId, await ActorNameAsync(actorId, cancellationToken), ownerName is null ? "Owner removed" : $"Owner: {ownerName}", cancellationToken);
    }

    public async Task<ChangeResult> SetUrgencyAsync(int id, CaseUrgency urgency, string actorId, CancellationToken cancellationToken = default)
    {
        var entry = await db.Set<Case>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entry is null)
        {
            return ChangeResult.Fail("That case does not exist.");
        }

        if (!Enum.IsDefined(urgency))
        {
            return ChangeResult.Fail("Choose how urgent it is.", "Urgency");
        }

        var what = $"Urgency: {CaseWorkflow.Name(entry.Urgency)} → {CaseWorkflow.Name(urgency)}";
        entry.Urgency = urgency;
        return await ChangedAsync(id, actorId, await ActorNameAsync(actorId, cancellationToken), what, cancellationToken);
    }

    public async Task<ChangeResult> AddNoteAsync(int id, string? text, string actorId, CancellationToken cancellationToken = default)
    {
        var entry = await db.Set<Case>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (entry is null)
        {
            return ChangeResult.Fail("That case does not exist.");
        }

        var note = text?.Trim() ?? "";
        if (note.Length == 0)
        {
            return ChangeResult.Fail("Write the note.", "Text");
        }

        if (note.Length > CaseLimits.Note)
        {
            return ChangeResult.Fail("The note is too long (10,000 characters at most).", "Text");
        }

        if (entry.ErasedOn is not null)
        {
            return ChangeResult.Fail("This case's personal data was erased, so it takes no more notes.", "Text");
        }

        var key = await KeyOfLiveCaseAsync(entry, cancellationToken);
        var actorName = await ActorNameAsync(actorId, cancellationToken);
        db.Add(new CaseNote { CaseId = id, AuthorId = actorId, AuthorName = actorName, At = Now(), TextSealed = RecordProtector.Seal(key, note, Purposes.Note)! });
        return await ChangedAsync(id, actorId, actorName, "Note added", cancellationToken);
    }

    public async Task<ChangeResult> AddTaskAsync(int id, string? title, DateOnly? dueOn, string? assigneeId, string actorId, CancellationToken cancellationToken = default)
    {
        if (!await db.Set<Case>().AnyAsync(c => c.Id == id, cancellationToken))
        {
            return ChangeResult.Fail("That case does not exist.");
        }

        var what = title?.Trim() ?? "";
        assigneeId = string.IsNullOrEmpty(assigneeId) ? null : assigneeId;
        var problem = what.Length == 0 ? ChangeResult.Fail("Say what needs doing.", "Title")
            : what.Length > CaseLimits.TaskTitle ? ChangeResult.Fail("The task is too long (200 characters at most).", "Title")
            : dueOn is null ? ChangeResult.Fail("Choose when it is due.", "DueOn")
            : null;
        if (problem is null && assigneeId is not null && (await CaseworkersAsync(cancellationToken)).All(s => s.Id != assigneeId))
        {
            problem = ChangeResult.Fail("Choose someone who works on cases.", "Assignee");
        }

        if (problem is not null)
        {
            return problem;
        }

        db.Add(new CaseTask { CaseId = id, Title = what, DueOn = dueOn!.Value, AssigneeId = assigneeId, CreatedAt = Now() });
        return await ChangedAsync(id, actorId, await ActorNameAsync(actorId, cancellationToken), $"Task added: {Shorten(what)} (due {dueOn.Value:yyyy-MM-dd})", cancellationToken);
    }

    public async Task<ChangeResult> CompleteTaskAsync(int id, long taskId, string actorId, CancellationToken cancellationToken = default)
    {
        var task = await db.Set<CaseTask>().SingleOrDefaultAsync(t => t.Id == taskId && t.CaseId == id, cancellationToken);
        if (task is null)
        {
            return ChangeResult.Fail("That task does not exist.");
        }

        if (task.DoneAt is not null)
        {
            return ChangeResult.Ok(id);
        }

        task.DoneAt = Now();
        return await ChangedAsync(id, actorId, await ActorNameAsync(actorId, cancellationToken), $"Task done: {Shorten(task.Title)}", cancellationToken);
    }

    /// <summary>Staff who may own a case or a task: those whose roles open cases.</summary>
    public async Task<IReadOnlyList<StaffChoice>> CaseworkersAsync(CancellationToken cancellationToken = default)
    {
        var roles = Accounts.StaffPolicies.Roles[Accounts.StaffPolicies.Cases];
        var roleIds = await db.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(cancellationToken);
        var userIds = await db.UserRoles.Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId).Distinct().ToListAsync(cancellationToken);
        return [.. (await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && !u.IsDisabled).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(cancellationToken))
            .Select(u => new StaffChoice(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public async Task<IReadOnlyList<(int Id, string Name)>> FacilitiesAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.Set<Facility>().AsNoTracking().OrderBy(f => f.Name).Select(f => new { f.Id, f.Name, f.Region }).ToListAsync(cancellationToken))
            .Select(f => (f.Id, f.Region is null ? f.Name : $"{f.Name} ({f.Region})"))];

    private async Task<ChangeResult> ChangedAsync(int id, string actorId, string actorName, string what, CancellationToken cancellationToken)
    {
        db.Add(Change(actorId, actorName, what, id));
        audit.Record(actorId, actorName, AuditAction.Changed, AuditType, id.ToString(CultureInfo.InvariantCulture), what);
        await db.SaveChangesAsync(cancellationToken);
        return ChangeResult.Ok(id);
    }

    private CaseChange Change(string? actorId, string actorName, string what, int caseId = 0) =>
        new() { CaseId = caseId, At = Now(), ActorId = actorId, ActorName = actorName, What = Shorten(what, CaseLimits.Change) };

    /// <summary>The key of a case whose data is not erased; its absence then means the key ring or database lost it.</summary>
    internal async Task<RecordKey> KeyOfLiveCaseAsync(Case entry, CancellationToken cancellationToken) =>
        await protector.FindKeyAsync(entry.DataKeyId, cancellationToken)
            ?? throw new InvalidOperationException($"Case {entry.Id} has lost its data key.");

    private async Task<string> ActorNameAsync(string actorId, CancellationToken cancellationToken) =>
        await db.Users.Where(u => u.Id == actorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken) ?? actorId;

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static string Shorten(string text, int length = 80) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private DateOnly Today() => DateOnly.FromDateTime(Now());

    /// <summary>What each sealed field is, bound into its ciphertext so that one field cannot be passed off as another.</summary>
    internal static class Purposes
    {
        public const string Narrative = "Case.Narrative";
        public const string Name = "Case.Name";
        public const string Contact = "Case.Contact";
        public const string ANumber = "Case.ANumber";
        public const string Place = "Case.Place";
        public const string Note = "CaseNote.Text";
    }
}

/// <summary>Alien registration numbers ("A-numbers"): 8 or 9 digits, often written with an A and dashes.</summary>
public static class ANumbers
{
    /// <summary>"a 12-345-678" becomes "A012345678"; anything that is not 8 or 9 digits is null.</summary>
    public static string? Normalise(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.StartsWith('A') || text.StartsWith('a'))
        {
            text = text[1..];
        }

        var digits = new string([.. text.Where(c => c is not (' ' or '-'))]);
        return digits.Length is 8 or 9 && digits.All(char.IsAsciiDigit) ? "A" + digits.PadLeft(9, '0') : null;
    }
}
