using System.Net;
using System.Net.Sockets;
using Fairwatch.Data;
using Fairwatch.Email;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Email;

public sealed class OutboxTests
{
    private static readonly EmailContent Hello = new("Hola — prueba", "Texto con acentos: contraseña", "<p>HTML</p>");

    [Fact]
    public async Task A_message_is_stored_only_when_the_callers_transaction_commits()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            outbox.Enqueue(db, "test", "rolled-back@example.org", null, Hello);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        db.ChangeTracker.Clear();
        outbox.Enqueue(db, "test", "committed@example.org", null, Hello);
        await db.SaveChangesAsync();

        var stored = await db.OutboxMessages.Select(m => m.ToAddress).ToListAsync();
        Assert.Equal(["committed@example.org"], stored);
    }

    [Fact]
    public async Task Without_an_smtp_host_messages_are_written_as_eml_files_and_marked_sent()
    {
        await using var app = await TestApp.StartAsync();
        var message = await EnqueueAsync(app, "reader@example.org");

        var handled = await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);

        Assert.Equal(1, handled);
        var stored = await FindAsync(app, message.Id);
        Assert.Equal(OutboxStatus.Sent, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.NotNull(stored.SentAt);
        Assert.Null(stored.LockedUntil);
        var file = Assert.Single(Directory.GetFiles(app.Services.GetRequiredService<EmailPickupFolder>().Path, "*.eml"));
        var eml = await File.ReadAllTextAsync(file);
        Assert.Contains("reader@example.org", eml, StringComparison.Ordinal);
        Assert.Contains($"Message-ID: {message.MessageId}", eml, StringComparison.OrdinalIgnoreCase);

        Assert.Equal(0, await app.Services.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_delivery_is_retried_later_with_back_off_and_finally_marked_failed()
    {
        await using var app = await TestApp.StartAsync(
            "--Email:Smtp:Host=127.0.0.1", $"--Email:Smtp:Port={ClosedPort()}", "--Email:Smtp:EnableSsl=false",
            "--Email:Smtp:TimeoutSeconds=5", "--Email:Outbox:RetryBaseSeconds=60", "--Email:Outbox:MaxAttempts=2");
        var sender = app.Services.GetRequiredService<OutboxSender>();
        var message = await EnqueueAsync(app, "retry@example.org");

        var before = DateTime.UtcNow;
        await sender.SendDueAsync(CancellationToken.None);
        var first = await FindAsync(app, message.Id);
        Assert.Equal(OutboxStatus.Pending, first.Status);
        Assert.Equal(1, first.Attempts);
        Assert.NotNull(first.LastError);
        Assert.Null(first.LockedUntil);
        Assert.InRange(first.NextAttemptAt, before.AddSeconds(59), DateTime.UtcNow.AddSeconds(61));

        // Not due yet: nothing happens.
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));

        await MakeDueAsync(app, message.Id);
        await sender.SendDueAsync(CancellationToken.None);
        var last = await FindAsync(app, message.Id);
        Assert.Equal(OutboxStatus.Failed, last.Status);
        Assert.Equal(2, last.Attempts);
    }

    [Fact]
    public async Task A_message_another_sender_holds_is_left_alone_until_its_lease_runs_out()
    {
        await using var app = await TestApp.StartAsync();
        var sender = app.Services.GetRequiredService<OutboxSender>();
        var message = await EnqueueAsync(app, "leased@example.org");
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
            await db.OutboxMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, DateTime.UtcNow.AddMinutes(2)));
        }

        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(OutboxStatus.Pending, (await FindAsync(app, message.Id)).Status);

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
            await db.OutboxMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, DateTime.UtcNow.AddSeconds(-1)));
        }

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(OutboxStatus.Sent, (await FindAsync(app, message.Id)).Status);
    }

    [Fact]
    public void Retry_delay_doubles_from_the_base_up_to_the_cap()
    {
        var settings = new OutboxSettings { RetryBaseSeconds = 30, RetryMaxSeconds = 3600 };
        var delays = Enumerable.Range(1, 9).Select(a => OutboxSender.RetryDelay(a, settings).TotalSeconds);
        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600], delays);
    }

    private static async Task<OutboxMessage> EnqueueAsync(TestApp app, string to)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var message = scope.ServiceProvider.GetRequiredService<Outbox>().Enqueue(db, "test", to, "Reader", Hello);
        await db.SaveChangesAsync();
        return message;
    }

    private static async Task<OutboxMessage> FindAsync(TestApp app, long id)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<FairwatchDb>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private static async Task MakeDueAsync(TestApp app, long id)
    {
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<FairwatchDb>().OutboxMessages.Where(m => m.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1)));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
