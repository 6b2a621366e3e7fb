using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Data;

public sealed class MigrationRunnerTests
{
    [Fact]
    public async Task Records_every_shipped_migration_and_applies_nothing_the_second_time()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var runner = scope.ServiceProvider.GetRequiredService<MigrationRunner>();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();

        var again = await runner.MigrateAsync();

        Assert.Empty(again);
        await db.Database.OpenConnectionAsync();
        var applied = await runner.AppliedAsync(db.Database.GetDbConnection(), CancellationToken.None);
        Assert.Equal(MigrationRunner.Scripts(DatabaseProvider.Sqlite).Select(s => s.Version), applied.Keys.Order());
    }

    [Fact]
    public void Both_providers_ship_the_same_migration_versions()
    {
        var sqlite = MigrationRunner.Scripts(DatabaseProvider.Sqlite).Select(s => s.Version + "_" + s.Name);
        var postgres = MigrationRunner.Scripts(DatabaseProvider.Postgres).Select(s => s.Version + "_" + s.Name);
        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }

    [Fact]
    public async Task A_failing_migration_leaves_no_trace_and_later_ones_do_not_run()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var runner = scope.ServiceProvider.GetRequiredService<MigrationRunner>();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var shipped = MigrationRunner.Scripts(DatabaseProvider.Sqlite);
        Migration[] scripts =
        [
            .. shipped,
            new("9001", "half_done", """CREATE TABLE "Half" ("Id" INTEGER NOT NULL); INSERT INTO "NoSuchTable" VALUES (1);"""),
            new("9002", "after", """CREATE TABLE "After" ("Id" INTEGER NOT NULL);"""),
        ];

        await Assert.ThrowsAnyAsync<Exception>(() => runner.MigrateAsync(scripts, CancellationToken.None));

        Assert.False(await TableExistsAsync(db, "Half"));
        Assert.False(await TableExistsAsync(db, "After"));
        await db.Database.OpenConnectionAsync();
        var applied = await runner.AppliedAsync(db.Database.GetDbConnection(), CancellationToken.None);
        Assert.DoesNotContain("9001", applied.Keys);
    }

    [Fact]
    public async Task Refuses_a_database_whose_applied_migration_was_edited()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var runner = scope.ServiceProvider.GetRequiredService<MigrationRunner>();
        var edited = MigrationRunner.Scripts(DatabaseProvider.Sqlite)
            .Select((s, i) => i == 0 ? s with { Sql = s.Sql + "\n-- edited" } : s).ToList();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.MigrateAsync(edited, CancellationToken.None));
        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_database_migrated_by_a_newer_version()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var runner = scope.ServiceProvider.GetRequiredService<MigrationRunner>();
        var shipped = MigrationRunner.Scripts(DatabaseProvider.Sqlite);
        await runner.MigrateAsync([.. shipped, new("9100", "future", "SELECT 1;")], CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => runner.MigrateAsync(shipped, CancellationToken.None));
        Assert.Contains("9100", error.Message, StringComparison.Ordinal);
    }

    private static async Task<bool> TableExistsAsync(FairwatchDb db, string table)
    {
        var count = await db.Database
            .SqlQuery<int>($"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {table}")
            .SingleAsync();
        return count > 0;
    }
}
