using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Fairwatch.Data;

/// <summary>
/// Migrates (unless switched off), makes sure the Data Protection key ring exists, and seeds demo
/// content, before the server accepts requests; a lifecycle hook so it also runs under the test host.
/// </summary>
public sealed class DatabaseStartup(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database, IOptions<DemoOptions> demo)
    : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) =>
        PrepareAsync(scopes, database.Value.MigrateOnStartup, demo.Value.Seed, cancellationToken);

    public static async Task PrepareAsync(IServiceScopeFactory scopes, bool migrate, bool seed, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (migrate)
        {
            await scope.ServiceProvider.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
        }

        // Creating the first key writes to the database. Doing it now keeps that write out of a
        // request's transaction, where SQLite's single writer would make it wait on itself.
        try
        {
            KeyRingRefresher.Touch(scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>());
        }
        catch (Exception) when (!migrate)
        {
            // Without start-up migration the database may not be there yet; the key ring is then made on first use.
        }

        if (seed)
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeed>().SeedAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>
/// Uses the key ring every hour so that key roll-over (a database write, every 90 days) almost
/// always happens here rather than inside a request's transaction.
/// </summary>
public sealed class KeyRingRefresher(IDataProtectionProvider provider) : BackgroundService
{
    public static void Touch(IDataProtectionProvider provider) =>
        provider.CreateProtector("Fairwatch.KeyRingRefresher").Protect("key ring check"u8.ToArray());

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                Touch(provider);
            }
            catch (System.Security.Cryptography.CryptographicException)
            {
                // The database may be briefly away; the next tick tries again.
            }
        }
    }
}
