using System.Text;
using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Events;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Events;

/// <summary>Replies, the waiting list and its promotion, staff changes and reminders, against the real service and schema.</summary>
public sealed class EventServiceTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public void The_waiting_list_gives_free_places_in_order_skipping_a_party_too_big_for_them()
    {
        var waiting = new[] { Reply(1, 3), Reply(2, 4), Reply(3, 1), Reply(4, 2), Reply(5, 1) };

        Assert.Equal([1, 3], Waitlist.WhoFits(4, waiting).Select(r => r.Id));
        Assert.Equal([1, 2, 3, 4], Waitlist.WhoFits(10, waiting).Select(r => r.Id));
        Assert.Empty(Waitlist.WhoFits(0, waiting));
        Assert.Equal([3], Waitlist.WhoFits(1, waiting).Select(r => r.Id));
    }

    [Fact]
    public async Task Replies_take_places_until_the_party_no_longer_fits_and_then_wait()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 5);

        Assert.Equal(RsvpOutcome.Confirmed, (await ReplyAsync(events, eventId, "ana@example.org", 2)).Outcome);
        Assert.Equal(RsvpOutcome.Confirmed, (await ReplyAsync(events, eventId, "ben@example.org", 2)).Outcome);
        // One place is left: a party of two waits, and a person alone behind it still gets the place.
        Assert.Equal(RsvpOutcome.Waitlisted, (await ReplyAsync(events, eventId, "cleo@example.org", 2)).Outcome);
        Assert.Equal(RsvpOutcome.Confirmed, (await ReplyAsync(events, eventId, "dan@example.org", 1)).Outcome);
        Assert.Equal(RsvpOutcome.Waitlisted, (await ReplyAsync(events, eventId, "eve@example.org", 1)).Outcome);

        var ev = (await events.FindAsync(eventId))!;
        Assert.Equal(5, ev.ConfirmedPlaces);
        Assert.True(ev.IsFull);
        Assert.Equal(0, ev.PlacesLeft);
        Assert.Equal(ev.ConfirmedPlaces, await SumConfirmedAsync(scope, eventId));
        var mails = await MailsAsync(scope, eventId);
        Assert.Equal(["events.confirmed", "events.confirmed", "events.waitlisted", "events.confirmed", "events.waitlisted"], mails.Select(m => m.Kind));
        Assert.All(mails.Where(m => m.Kind == "events.confirmed"), m => Assert.Single(m.Attachments));
        Assert.All(mails.Where(m => m.Kind == "events.waitlisted"), m => Assert.Empty(m.Attachments));
        Assert.Contains("number 2", mails.Last().TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_address_twice_changes_nothing_and_tells_nothing()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 10);
        await ReplyAsync(events, eventId, "Rosa@Example.org", 2, name: "Rosa");

        var again = await ReplyAsync(events, eventId, " rosa@example.ORG ", 5, name: "Someone else");

        Assert.True(again.Result.Succeeded);
        Assert.Equal(RsvpOutcome.AlreadyReplied, again.Outcome);
        var reply = Assert.Single(await events.ListRepliesAsync(eventId));
        Assert.Equal(("Rosa", 2, "rosa@example.org"), (reply.Name, reply.PartySize, reply.Email));
        Assert.Equal(2, (await events.FindAsync(eventId))!.ConfirmedPlaces);
        Assert.Single(await MailsAsync(scope, eventId));
    }

    [Fact]
    public async Task A_cancelled_place_goes_down_the_waiting_list_in_order_where_it_fits_and_those_promoted_are_told_in_their_language()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 4);
        await ReplyAsync(events, eventId, "first@example.org", 4);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await ReplyAsync(events, eventId, "big@example.org", 5);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await ReplyAsync(events, eventId, "pair@example.org", 2, culture: "es");
        _clock.Advance(TimeSpan.FromMinutes(1));
        await ReplyAsync(events, eventId, "trio@example.org", 3);
        _clock.Advance(TimeSpan.FromMinutes(1));
        await ReplyAsync(events, eventId, "solo@example.org", 1);
        var first = (await events.ListRepliesAsync(eventId)).Single(r => r.Email == "first@example.org");

        Assert.True((await events.CancelReplyAsync(first.Token)).Succeeded);

        var replies = (await events.ListRepliesAsync(eventId)).ToDictionary(r => r.Email);
        Assert.Equal(RsvpStatus.Cancelled, replies["first@example.org"].Status);
        // Four places free: the party of five still does not fit, the pair does, the trio no longer does, the one does.
        Assert.Equal(RsvpStatus.Waitlisted, replies["big@example.org"].Status);
        Assert.Equal(RsvpStatus.Confirmed, replies["pair@example.org"].Status);
        Assert.Equal(RsvpStatus.Waitlisted, replies["trio@example.org"].Status);
        Assert.Equal(RsvpStatus.Confirmed, replies["solo@example.org"].Status);
        Assert.Equal(3, (await events.FindAsync(eventId))!.ConfirmedPlaces);
        Assert.Equal(3, await SumConfirmedAsync(scope, eventId));

        var promoted = (await MailsAsync(scope, eventId)).Where(m => m.Kind == "events.promoted").ToList();
        Assert.Equal(["pair@example.org", "solo@example.org"], promoted.Select(m => m.ToAddress));
        Assert.StartsWith("Se liberó un lugar", promoted[0].Subject, StringComparison.Ordinal);
        Assert.StartsWith("A place opened up", promoted[1].Subject, StringComparison.Ordinal);
        var calendar = Encoding.UTF8.GetString(Assert.Single(promoted[0].Attachments).Content);
        Assert.Contains("BEGIN:VEVENT", calendar, StringComparison.Ordinal);

        // Cancelling again is harmless; the trio moves up once the pair also cancels.
        Assert.True((await events.CancelReplyAsync(first.Token)).Succeeded);
        Assert.True((await events.CancelReplyAsync(replies["pair@example.org"].Token)).Succeeded);
        Assert.Equal(RsvpStatus.Confirmed, (await events.ListRepliesAsync(eventId)).Single(r => r.Email == "trio@example.org").Status);
        Assert.Equal(4, (await events.FindAsync(eventId))!.ConfirmedPlaces);
        Assert.False((await events.CancelReplyAsync("no-such-token")).Succeeded);
    }

    [Fact]
    public async Task Someone_who_cancelled_can_reply_again_and_joins_the_end_of_the_list()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 1);
        await ReplyAsync(events, eventId, "ana@example.org", 1);
        await ReplyAsync(events, eventId, "ben@example.org", 1);
        var ana = (await events.ListRepliesAsync(eventId)).Single(r => r.Email == "ana@example.org");
        await events.CancelReplyAsync(ana.Token);

        var again = await ReplyAsync(events, eventId, "ana@example.org", 1);

        Assert.Equal(RsvpOutcome.Waitlisted, again.Outcome);
        var replies = await events.ListRepliesAsync(eventId);
        Assert.Equal(2, replies.Count);
        Assert.NotEqual(ana.Token, replies.Single(r => r.Email == "ana@example.org").Token);
        Assert.Equal(RsvpStatus.Confirmed, replies.Single(r => r.Email == "ben@example.org").Status);
    }

    [Fact]
    public async Task Bad_replies_are_refused_and_change_nothing()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 10);
        var stamp = await OldStampAsync(events, eventId);

        Assert.Equal(nameof(RsvpSubmission.Email), (await events.ReplyAsync(new(eventId, "Ana", "not an address", 1, null, stamp, "en"))).Result.Field);
        Assert.Equal(nameof(RsvpSubmission.PartySize), (await events.ReplyAsync(new(eventId, "Ana", "ana@example.org", 11, null, stamp, "en"))).Result.Field);
        Assert.Equal(nameof(RsvpSubmission.PartySize), (await events.ReplyAsync(new(eventId, "Ana", "ana@example.org", 0, null, stamp, "en"))).Result.Field);
        Assert.Equal(nameof(RsvpSubmission.Name), (await events.ReplyAsync(new(eventId, " ", "ana@example.org", 1, null, stamp, "en"))).Result.Field);
        var quick = await events.ReplyAsync(new(eventId, "Ana", "ana@example.org", 1, null, events.IssueStamp(eventId), "en"));
        Assert.Contains("quicker than anyone", quick.Result.Error, StringComparison.Ordinal);
        var otherEvent = await events.ReplyAsync(new(eventId, "Ana", "ana@example.org", 1, null, await OldStampAsync(events, eventId + 1), "en"));
        Assert.Contains("could not check", otherEvent.Result.Error, StringComparison.Ordinal);
        // A filled honeypot is answered like a reply and stores nothing.
        Assert.True((await events.ReplyAsync(new(eventId, "Bot", "bot@example.org", 1, "https://spam.example", stamp, "en"))).Result.Succeeded);

        Assert.Empty(await events.ListRepliesAsync(eventId));
        Assert.Empty(await MailsAsync(scope, eventId));
    }

    [Fact]
    public async Task Replies_close_when_the_event_starts_and_an_unpublished_event_takes_none()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 10, daysAhead: 1);
        var draftId = await EventAsync(events, capacity: 10, publish: false);
        var stamp = await OldStampAsync(events, draftId);

        Assert.False((await events.ReplyAsync(new(draftId, "Ana", "ana@example.org", 1, null, stamp, "en"))).Result.Succeeded);
        _clock.Advance(TimeSpan.FromDays(2));
        var late = await ReplyAsync(events, eventId, "late@example.org", 1);

        Assert.False(late.Result.Succeeded);
        Assert.Equal("This event has started, so replies are closed.", late.Result.Error);
        Assert.Empty(await events.ListRepliesAsync(eventId));
    }

    [Fact]
    public async Task A_larger_capacity_moves_the_waiting_list_up_and_a_capacity_below_the_places_taken_is_refused()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 2);
        await ReplyAsync(events, eventId, "ana@example.org", 2);
        await ReplyAsync(events, eventId, "ben@example.org", 3);
        var input = EventService.ToInput((await events.FindAsync(eventId))!);

        var tooSmall = await events.SaveAsync(eventId, input with { Capacity = 1 });
        Assert.False(tooSmall.Succeeded);
        Assert.Equal(nameof(EventInput.Capacity), tooSmall.Field);
        Assert.Equal(2, (await events.FindAsync(eventId))!.Capacity);

        Assert.True((await events.SaveAsync(eventId, input with { Capacity = 5 })).Succeeded);
        var ev = (await events.FindAsync(eventId))!;
        Assert.Equal((5, 5, 1), (ev.Capacity, ev.ConfirmedPlaces, ev.Revision));
        Assert.All(await events.ListRepliesAsync(eventId), r => Assert.Equal(RsvpStatus.Confirmed, r.Status));
    }

    [Fact]
    public async Task The_event_form_explains_every_mistake_at_once()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);

        var problems = events.CheckFields(new EventInput
        {
            Slug = "host",
            TitleEn = "Screening",
            Date = new DateOnly(2026, 3, 8),
            StartTime = new TimeOnly(2, 30),
            EndTime = new TimeOnly(2, 0),
            TimeZoneId = "America/Chicago",
            Format = EventFormat.Online,
            OnlineUrl = "javascript:alert(1)",
            Capacity = 0,
        });

        Assert.Equal(
            [nameof(EventInput.Slug), nameof(EventInput.EndTime), nameof(EventInput.StartTime), nameof(EventInput.EndTime), nameof(EventInput.OnlineUrl), nameof(EventInput.Capacity)],
            problems.Select(p => p.Field));
        Assert.Contains(problems, p => p.Error!.StartsWith("The clocks go forward", StringComparison.Ordinal));
        Assert.Equal(
            [nameof(EventInput.TimeZoneId), nameof(EventInput.Venue), nameof(EventInput.Address)],
            events.CheckFields(new EventInput { TitleEn = "In person", Date = new DateOnly(2026, 6, 1), StartTime = new TimeOnly(18, 0), EndTime = new TimeOnly(20, 0), TimeZoneId = "Nowhere/Else", Capacity = 10 })
                .Select(p => p.Field));
    }

    [Fact]
    public async Task Reminders_go_once_to_every_confirmed_place_a_day_before_and_never_twice()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 3, daysAhead: 5);
        await ReplyAsync(events, eventId, "ana@example.org", 2);
        await ReplyAsync(events, eventId, "ben@example.org", 1, culture: "es");
        await ReplyAsync(events, eventId, "waiting@example.org", 1);
        await ReplyAsync(events, eventId, "gone@example.org", 1);
        await events.CancelReplyAsync((await events.ListRepliesAsync(eventId)).Single(r => r.Email == "waiting@example.org").Token);
        var reminders = ActivatorUtilities.CreateInstance<EventReminders>(_app.Services, _clock);

        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        _clock.Advance(TimeSpan.FromDays(4.5));
        // Someone who gets a place now, half a day before, has just been told; they get no reminder.
        await events.CancelReplyAsync((await events.ListRepliesAsync(eventId)).Single(r => r.Email == "ben@example.org").Token);
        Assert.Equal(RsvpStatus.Confirmed, (await events.ListRepliesAsync(eventId)).Single(r => r.Email == "gone@example.org").Status);

        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await ActivatorUtilities.CreateInstance<EventReminders>(_app.Services, _clock).SendDueAsync(CancellationToken.None));

        var sent = (await MailsAsync(scope, eventId)).Where(m => m.Kind == "events.reminder").ToList();
        var reminder = Assert.Single(sent);
        Assert.Equal("ana@example.org", reminder.ToAddress);
        Assert.StartsWith("Reminder: ", reminder.Subject, StringComparison.Ordinal);
        Assert.Single(reminder.Attachments);
        Assert.NotNull((await events.ListRepliesAsync(eventId)).Single(r => r.Email == "ana@example.org").RemindedAt);

        // Once the event has started, nothing more goes out.
        _clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Online_links_are_in_the_calendar_file_of_confirmed_people_only()
    {
        await using var scope = _app.Scope();
        var events = Service(scope);
        var eventId = await EventAsync(events, capacity: 1, online: "https://meet.example/secret-room");
        await ReplyAsync(events, eventId, "in@example.org", 1);
        await ReplyAsync(events, eventId, "out@example.org", 1);
        var emails = scope.ServiceProvider.GetRequiredService<EventEmails>();
        var ev = (await events.FindAsync(eventId))!;

        var mails = await MailsAsync(scope, eventId);
        var confirmed = mails.Single(m => m.ToAddress == "in@example.org");
        Assert.Contains("https://meet.example/secret-room", confirmed.TextBody, StringComparison.Ordinal);
        Assert.Contains("secret-room", Encoding.UTF8.GetString(confirmed.Attachments.Single().Content), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-room", mails.Single(m => m.ToAddress == "out@example.org").TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-room", CalendarFile.Write(emails.Entry(ev, "en", withJoinLink: false)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_replies_csv_escapes_what_a_spreadsheet_would_run_as_a_formula()
    {
        var replies = new List<Rsvp>
        {
            new() { Name = "=HYPERLINK(\"https://evil.example\",\"Click\")", Email = "a@example.org", Culture = "en", Token = "t1", PartySize = 2, Status = RsvpStatus.Confirmed, RepliedAt = new DateTime(2026, 5, 1, 10, 0, 0) },
            new() { Name = "@SUM(A1)", Email = "+1@example.org", Culture = "es", Token = "t2", PartySize = 1, Status = RsvpStatus.Waitlisted, RepliedAt = new DateTime(2026, 5, 1, 11, 0, 0) },
            new() { Name = "Zoë, \"Z\" Núñez", Email = "z@example.org", Culture = "es", Token = "t3", PartySize = 1, Status = RsvpStatus.Waitlisted, RepliedAt = new DateTime(2026, 5, 1, 12, 0, 0) },
        };
        var headings = new RsvpCsvHeadings("Status", "Name", "E-mail", "Party", "Position", "Language", "Replied", "Confirmed at", "Cancelled at", "Reminded at", "Confirmed", "Waiting", "Cancelled");
        using var output = new MemoryStream();

        await RsvpCsv.WriteAsync(output, replies, headings);

        var bytes = output.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Status,Name,E-mail,Party,Position,Language,Replied,Confirmed at,Cancelled at,Reminded at", lines[0]);
        Assert.StartsWith("Confirmed,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",a@example.org,2,,en,2026-05-01 10:00:00", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Waiting,\"'@SUM(A1)\",\"'+1@example.org\",1,1,es,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("Waiting,\"Zoë, \"\"Z\"\" Núñez\",z@example.org,1,2,es,", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain(lines.Skip(1), line => line.StartsWith('=') || line.Contains(",=", StringComparison.Ordinal) || line.Contains(",\"=", StringComparison.Ordinal));
    }

    private static Rsvp Reply(int id, int partySize) => new() { Id = id, Name = "x", Email = $"{id}@example.org", Culture = "en", Token = $"t{id}", PartySize = partySize };

    private EventService Service(AsyncServiceScope scope) => ActivatorUtilities.CreateInstance<EventService>(scope.ServiceProvider, _clock);

    private async Task<int> EventAsync(EventService events, int capacity, int daysAhead = 10, bool publish = true, string? online = null)
    {
        var date = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(daysAhead);
        var created = await events.CreateAsync(
            new EventInput
            {
                TitleEn = $"Screening {Guid.NewGuid():N}",
                TitleEs = "Proyección",
                Date = date,
                StartTime = new TimeOnly(18, 0),
                EndTime = new TimeOnly(20, 0),
                TimeZoneId = "America/New_York",
                Format = online is null ? EventFormat.InPerson : EventFormat.Online,
                Venue = online is null ? "Community Hall" : null,
                Address = online is null ? "1 Main Street" : null,
                OnlineUrl = online,
                Capacity = capacity,
            },
            staffUserId: null);
        Assert.True(created.Succeeded, created.Error);
        if (publish)
        {
            Assert.True((await events.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        }

        return created.Id!.Value;
    }

    private async Task<RsvpReceipt> ReplyAsync(EventService events, int eventId, string email, int partySize, string name = "Guest", string culture = "en")
    {
        var receipt = await events.ReplyAsync(new RsvpSubmission(eventId, name, email, partySize, null, await OldStampAsync(events, eventId), culture));
        Assert.True(receipt.Result.Succeeded || receipt.Result.Error!.Contains("started", StringComparison.Ordinal), receipt.Result.Error);
        return receipt;
    }

    /// <summary>A stamp issued a minute before the clock's now, as if a person had taken that long.</summary>
    private async Task<string> OldStampAsync(EventService events, int eventId)
    {
        _clock.Advance(TimeSpan.FromMinutes(-1));
        var stamp = events.IssueStamp(eventId);
        _clock.Advance(TimeSpan.FromMinutes(1));
        return await Task.FromResult(stamp);
    }

    private static async Task<int> SumConfirmedAsync(AsyncServiceScope scope, int eventId) =>
        await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Rsvp>()
            .Where(r => r.EventId == eventId && r.Status == RsvpStatus.Confirmed).SumAsync(r => r.PartySize);

    private async Task<List<OutboxMessage>> MailsAsync(AsyncServiceScope scope, int eventId)
    {
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var slug = await db.Set<Event>().Where(e => e.Id == eventId).Select(e => e.Slug).SingleAsync();
        return await db.OutboxMessages.AsNoTracking().Include(m => m.Attachments)
            .Where(m => m.Kind.StartsWith("events.") && m.TextBody.Contains("/events/" + slug))
            .OrderBy(m => m.Id).ToListAsync();
    }
}
