using System.Text;
using Fairwatch.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Fairwatch.IntegrationTests.Infrastructure;

/// <summary>
/// Looks for a sentence in everything the database keeps: on SQLite the bytes of the database file
/// and its write-ahead log, on PostgreSQL every row of every table as text and the tables' own files.
/// </summary>
public static class CanaryScan
{
    public static async Task AssertNotStoredAsync(FairwatchFactory app, string canary) =>
        Assert.False(await IsStoredAsync(app, canary), $"'{canary}' is stored in the clear.");

    public static async Task<bool> IsStoredAsync(FairwatchFactory app, string canary)
    {
        var connectionString = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        return app.Provider == DatabaseProvider.Postgres
            ? await InPostgresAsync(connectionString, canary)
            : await InSqliteFilesAsync(connectionString, canary);
    }

    private static async Task<bool> InSqliteFilesAsync(string connectionString, string canary)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            // Moves what the log holds into the file; the log is scanned as well in case a reader kept it.
            checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await checkpoint.ExecuteNonQueryAsync();
        }

        var needle = Encoding.UTF8.GetBytes(canary);
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            byte[] bytes;
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            using (var copy = new MemoryStream())
            {
                await stream.CopyToAsync(copy);
                bytes = copy.ToArray();
            }

            if (bytes.AsSpan().IndexOf(needle) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static async Task<bool> InPostgresAsync(string connectionString, string canary)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var rows = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\" t WHERE strpos(t::text, @canary) > 0", connection);
            rows.Parameters.AddWithValue("canary", canary);
            if ((long)(await rows.ExecuteScalarAsync())! > 0)
            {
                return true;
            }
        }

        // The tables' files as PostgreSQL wrote them, after a checkpoint (the test server's user is a superuser).
        await using (var checkpoint = new NpgsqlCommand("CHECKPOINT", connection))
        {
            await checkpoint.ExecuteNonQueryAsync();
        }

        foreach (var table in tables)
        {
            await using var file = new NpgsqlCommand(
                "SELECT position(convert_to(@canary, 'UTF8') IN pg_read_binary_file(pg_relation_filepath(quote_ident(@table)), 0, pg_relation_size(quote_ident(@table)), true))",
                connection);
            file.Parameters.AddWithValue("canary", canary);
            file.Parameters.AddWithValue("table", table);
            if (await file.ExecuteScalarAsync() is int position && position > 0)
            {
                return true;
            }
        }

        return false;
    }
}
