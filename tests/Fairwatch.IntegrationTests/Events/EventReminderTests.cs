using Fairwatch.Events;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Events.EventTestData;

namespace Fairwatch.IntegrationTests.Events;

/// <summary>The reminder a day before goes once to each confirmed place, however many instances look for it.</summary>
public abstract class EventReminderTests(FairwatchFactory app)
{
    [Fact]
    public async Task The_reminder_service_sends_once_and_a_second_run_sends_nothing()
    {
        var ev = await EventAsync(app, capacity: 2, hoursAhead: 30);
        var visitor = app.CreateBrowserClient();
        string[] confirmed = [$"remind-a-{Guid.NewGuid():N}@example.org", $"remind-b-{Guid.NewGuid():N}@example.org"];
        var waiting = $"remind-waiting-{Guid.NewGuid():N}@example.org";
        foreach (var email in confirmed.Append(waiting))
        {
            await ReplyAsync(app, visitor, ev, "Guest", email);
        }

        // Ten hours from now the event is less than a day away.
        var later = ClockAt(DateTimeOffset.UtcNow.AddHours(10));
        var reminders = ActivatorUtilities.CreateInstance<EventReminders>(app.Services, later);

        Assert.Equal(2, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));

        foreach (var email in confirmed)
        {
            var message = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email) && m.Subject.StartsWith("Reminder:", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
            Assert.Contains("Community screening", message.Subject, StringComparison.Ordinal);
            Assert.Single(message.Attachments);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.All(confirmed, email => Assert.Single(app.Smtp.Messages(), m => m.To.Contains(email) && m.Subject.StartsWith("Reminder:", StringComparison.Ordinal)));
        Assert.Empty(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == waiting && m.Kind == "events.reminder").ToListAsync()));
        Assert.All(await RepliesAsync(app, ev.Id), r => Assert.Equal(r.Status == RsvpStatus.Confirmed, r.RemindedAt is not null));
    }

    [Fact]
    public async Task Several_instances_at_once_still_send_each_reminder_once()
    {
        var ev = await EventAsync(app, capacity: 20, hoursAhead: 30);
        var visitor = app.CreateBrowserClient();
        var emails = Enumerable.Range(0, 8).Select(i => $"many-{i}-{Guid.NewGuid():N}@example.org").ToList();
        foreach (var email in emails)
        {
            await ReplyAsync(app, visitor, ev, "Guest", email);
        }

        var later = ClockAt(DateTimeOffset.UtcNow.AddHours(10));
        var instances = Enumerable.Range(0, 4).Select(_ => ActivatorUtilities.CreateInstance<EventReminders>(app.Services, later)).ToList();

        var sent = await Task.WhenAll(instances.Select(i => Task.Run(() => i.SendDueAsync(CancellationToken.None))));

        Assert.Equal(emails.Count, sent.Sum());
        var queued = await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "events.reminder" && emails.Contains(m.ToAddress)).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal(emails.Order(StringComparer.Ordinal), queued.Order(StringComparer.Ordinal));
    }

    private static TimeProvider ClockAt(DateTimeOffset now) => new FixedClock(now);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class EventRemindersOnSqlite(SqliteApp app) : EventReminderTests(app), IClassFixture<SqliteApp>;

public sealed class EventRemindersOnPostgres(PostgresApp app) : EventReminderTests(app), IClassFixture<PostgresApp>;
