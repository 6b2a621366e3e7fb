using System.Data.Common;
using Fairwatch.Data;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fairwatch.IntegrationTests.Data;

/// <summary>
/// The hand-written migrations must build exactly the schema the EF model expects. The test
/// builds a second, empty database from the model itself (EF's own CREATE script) and compares
/// the two as the database reports them: tables, columns, types, nullability, defaults,
/// identity, primary and foreign keys, and indexes.
/// </summary>
public abstract class SchemaMatchesModelTests(FairwatchFactory app)
{
    [Fact]
    public async Task The_migrated_schema_matches_the_EF_model()
    {
        var migratedConnection = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        var (fromModelConnection, cleanUp) = await NewEmptyDatabaseAsync();
        try
        {
            await using (var fromModel = CreateContext(fromModelConnection))
            {
                await fromModel.Database.ExecuteSqlRawAsync(fromModel.Database.GenerateCreateScript());
            }

            var expected = await DescribeAsync(fromModelConnection);
            var actual = await DescribeAsync(migratedConnection);

            Assert.Contains(expected, line => line.StartsWith("table AspNetUsers", StringComparison.Ordinal));
            Assert.Contains(expected, line => line.StartsWith("table OutboxMessages", StringComparison.Ordinal));
            var missing = expected.Except(actual).ToList();
            var extra = actual.Except(expected).ToList();
            Assert.True(missing.Count == 0 && extra.Count == 0,
                $"The {app.Provider} migrations differ from the EF model.\nModel has, migrations lack:\n  {string.Join("\n  ", missing)}\nMigrations have, model lacks:\n  {string.Join("\n  ", extra)}");
        }
        finally
        {
            await cleanUp();
        }
    }

    private FairwatchDb CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<FairwatchDb>();
        if (app.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString);
        }
        else
        {
            options.UseSqlite(connectionString);
        }

        return new FairwatchDb(options.Options);
    }

    private async Task<(string Connection, Func<Task> CleanUp)> NewEmptyDatabaseAsync()
    {
        if (app.Provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresServer.GetAsync();
            var connection = await server.CreateDatabaseAsync("schema_from_model");
            return (connection, () => server.DropDatabaseAsync(connection));
        }

        var file = Path.Combine(Path.GetTempPath(), $"fairwatch-schema-{Guid.NewGuid():N}.db");
        return ($"Data Source={file}", () =>
        {
            SqliteConnection.ClearAllPools();
            File.Delete(file);
            return Task.CompletedTask;
        });
    }

    private async Task<SortedSet<string>> DescribeAsync(string connectionString)
    {
        await using DbConnection connection = app.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return app.Provider == DatabaseProvider.Postgres ? await DescribePostgresAsync(connection) : await DescribeSqliteAsync(connection);
    }

    private static async Task<SortedSet<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        var tables = await QueryAsync(connection,
            $"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '{MigrationRunner.HistoryTable}'");
        foreach (var table in tables.Select(t => t[0]))
        {
            lines.Add($"table {table}");
            foreach (var c in await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")"))
            {
                lines.Add($"column {table}.{c[1]} type={c[2]} notnull={c[3]} default={c[4]} pk={c[5]}");
            }

            foreach (var index in await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")"))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info(\"{index[1]}\")");
                var name = index[3] == "pk" || index[1].StartsWith("sqlite_autoindex", StringComparison.Ordinal) ? "(auto)" : index[1];
                lines.Add($"index {table} {name} unique={index[2]} origin={index[3]} partial={index[4]} ({string.Join(",", columns.Select(x => x[2]))})");
            }

            foreach (var fk in await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")"))
            {
                lines.Add($"foreign key {table}.{fk[3]} -> {fk[2]}.{fk[4]} on delete {fk[6]}");
            }
        }

        return lines;
    }

    private static async Task<SortedSet<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var t in await QueryAsync(connection,
            $"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '{MigrationRunner.HistoryTable}'"))
        {
            lines.Add($"table {t[0]}");
        }

        foreach (var c in await QueryAsync(connection, $"""
            SELECT table_name, column_name, data_type, udt_name, is_nullable, character_maximum_length, numeric_precision,
                   column_default, is_identity, identity_generation
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '{MigrationRunner.HistoryTable}'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} type={c[2]}/{c[3]} nullable={c[4]} length={c[5]} precision={c[6]} default={c[7]} identity={c[8]} {c[9]}");
        }

        foreach (var i in await QueryAsync(connection, $"""
            SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '{MigrationRunner.HistoryTable}'
            """))
        {
            lines.Add($"index {i[0]} {i[1]}: {i[2]}");
        }

        foreach (var k in await QueryAsync(connection, $"""
            SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)
            FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '"{MigrationRunner.HistoryTable}"'
            """))
        {
            lines.Add($"constraint {k[0]} {k[1]} {k[2]}: {k[3]}");
        }

        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!)]);
        }

        return rows;
    }
}

public sealed class SchemaMatchesModelOnSqlite(SqliteApp app) : SchemaMatchesModelTests(app), IClassFixture<SqliteApp>;

public sealed class SchemaMatchesModelOnPostgres(PostgresApp app) : SchemaMatchesModelTests(app), IClassFixture<PostgresApp>;
