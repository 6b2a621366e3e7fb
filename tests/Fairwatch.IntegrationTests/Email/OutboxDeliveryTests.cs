using Fairwatch.Accounts;
using Fairwatch.Email;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Email.OutboxWaits;

namespace Fairwatch.IntegrationTests.Email;

/// <summary>Mail waits in the outbox while SMTP is away and arrives exactly once when it returns, across restarts too.</summary>
public abstract class OutboxOutageTests(FairwatchFactory app)
{

    [Fact]
    public async Task Mail_waits_while_the_smtp_server_is_down_and_is_delivered_once_when_it_returns()
    {
        var user = await app.CreateStaffAsync($"outage-{Guid.NewGuid():N}@example.org", StaffRoles.CampaignStaff);
        await app.Smtp.StopAsync();

        await RequestResetAsync(app, user.Email!);
        var failing = await WaitForAsync(app, user.Email!, m => m.Attempts >= 2 && m.Status == OutboxStatus.Pending);
        Assert.NotNull(failing.LastError);

        await app.Smtp.StartAgainAsync();
        var delivered = await WaitForAsync(app, user.Email!, m => m.Status == OutboxStatus.Sent);
        await Task.Delay(TimeSpan.FromSeconds(2));

        var received = app.Smtp.Messages().Where(m => m.MessageId == delivered.MessageId).ToList();
        Assert.Single(received);
        Assert.Equal([user.Email!], received[0].To);
    }

}

/// <summary>Its own fixture, because the test stops the app.</summary>
public abstract class OutboxRestartTests(FairwatchFactory app)
{
    [Fact]
    public async Task Mail_queued_before_a_restart_is_delivered_once_by_the_next_run()
    {
        await app.Smtp.StopAsync();
        string[] recipients = [.. Enumerable.Range(0, 3).Select(i => $"restart-{i}-{Guid.NewGuid():N}@example.org")];
        foreach (var email in recipients)
        {
            await app.CreateStaffAsync(email, StaffRoles.Volunteer);
            await RequestResetAsync(app, email);
        }

        await WaitForAsync(app, recipients[0], m => m.Attempts >= 1);
        var next = await app.RestartAsync();
        try
        {
            await app.Smtp.StartAgainAsync();
            var sent = new List<OutboxMessage>();
            foreach (var email in recipients)
            {
                sent.Add(await WaitForAsync(next, email, m => m.Status == OutboxStatus.Sent));
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
            foreach (var message in sent)
            {
                Assert.Single(app.Smtp.Messages(), m => m.MessageId == message.MessageId);
            }
        }
        finally
        {
            await next.DisposeAsync();
        }
    }
}

internal static class OutboxWaits
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    public static async Task RequestResetAsync(FairwatchFactory factory, string email)
    {
        var response = await factory.CreateBrowserClient().SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        response.EnsureSuccessStatusCode();
    }

    public static async Task<OutboxMessage> WaitForAsync(FairwatchFactory factory, string email, Func<OutboxMessage, bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        OutboxMessage? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.ToAddress == email));
            if (last is not null && condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"Outbox message to {email} never reached the expected state; last seen: " +
            (last is null ? "none" : $"{last.Status}, {last.Attempts} attempts, {last.LastError}"));
    }
}

public sealed class OutboxOutageOnSqlite(SqliteApp app) : OutboxOutageTests(app), IClassFixture<SqliteApp>;

public sealed class OutboxOutageOnPostgres(PostgresApp app) : OutboxOutageTests(app), IClassFixture<PostgresApp>;

public sealed class OutboxRestartOnSqlite(SqliteApp app) : OutboxRestartTests(app), IClassFixture<SqliteApp>;

public sealed class OutboxRestartOnPostgres(PostgresApp app) : OutboxRestartTests(app), IClassFixture<PostgresApp>;
