using System.Data;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Data;

public sealed record Migration(string Version, string Name, string Sql)
{
    public string Checksum => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}

/// <summary>
/// Applies the versioned SQL scripts in <c>Data/Migrations/{provider}/NNNN_name.sql</c> in order,
/// each in its own transaction together with its row in the history table. Scripts are
/// hand-written because EF Core's design-time tooling cannot be restored here; a test compares
/// the migrated schema with the EF model on both providers so that the two never drift.
/// </summary>
public sealed partial class MigrationRunner(FairwatchDb db, ILogger<MigrationRunner> logger)
{
    public const string HistoryTable = "__FairwatchMigrations";

    // Any fixed number: it only has to be the same for every Fairwatch instance on one database.
    private const long PostgresLockKey = 0x46_61_69_72_77_61_74;

    public static IReadOnlyList<Migration> Scripts(DatabaseProvider provider)
    {
        var prefix = $"migrations/{provider.ToString().ToLowerInvariant()}/";
        var assembly = typeof(MigrationRunner).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var file = n[prefix.Length..^".sql".Length];
                var underscore = file.IndexOf('_', StringComparison.Ordinal);
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return new Migration(file[..underscore], file[(underscore + 1)..], reader.ReadToEnd());
            })
            .OrderBy(m => m.Version, StringComparer.Ordinal)];
    }

    public DatabaseProvider Provider => db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;

    /// <summary>Applies what is missing and returns the versions it applied.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default) =>
        await MigrateAsync(Scripts(Provider), cancellationToken);

    internal async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<Migration> scripts, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            if (Provider == DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets readers carry on while a write commits; it persists in the file.
                await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL", cancellationToken);
            }

            if (Provider == DatabaseProvider.Postgres)
            {
                // Several instances may start at once behind a load balancer; one migrates, the others wait.
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
            }

            try
            {
                return await ApplyMissingAsync(connection, scripts, cancellationToken);
            }
            finally
            {
                if (Provider == DatabaseProvider.Postgres)
                {
                    await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
                }
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private async Task<IReadOnlyList<string>> ApplyMissingAsync(
        DbConnection connection, IReadOnlyList<Migration> scripts, CancellationToken cancellationToken)
    {
        var timestampType = Provider == DatabaseProvider.Postgres ? "timestamp with time zone" : "TEXT";
        await ExecuteAsync(connection, null, $"""
            CREATE TABLE IF NOT EXISTS "{HistoryTable}" (
                "Version" varchar(20) NOT NULL PRIMARY KEY,
                "Name" varchar(200) NOT NULL,
                "Checksum" varchar(64) NOT NULL,
                "AppliedAt" {timestampType} NOT NULL
            )
            """, cancellationToken);

        var applied = await AppliedAsync(connection, cancellationToken);
        var known = scripts.ToDictionary(s => s.Version);
        var unknown = applied.Keys.Where(v => !known.ContainsKey(v)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database has migrations this version of Fairwatch does not know ({string.Join(", ", unknown)}). " +
                "It was migrated by a newer version; run that version or restore a backup.");
        }

        foreach (var (version, checksum) in applied)
        {
            if (!string.Equals(known[version].Checksum, checksum, StringComparison.Ordinal))
            {
                throw new InvalidOperationException(
                    $"Migration {version} was changed after it was applied. Never edit an applied migration: add a new one.");
            }
        }

        var done = new List<string>();
        foreach (var script in scripts.Where(s => !applied.ContainsKey(s.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText =
                    $"""INSERT INTO "{HistoryTable}" ("Version", "Name", "Checksum", "AppliedAt") VALUES (@version, @name, @checksum, @appliedAt)""";
                AddParameter(record, "@version", script.Version);
                AddParameter(record, "@name", script.Name);
                AddParameter(record, "@checksum", script.Checksum);
                AddParameter(record, "@appliedAt", Provider == DatabaseProvider.Postgres ? DateTime.UtcNow : DateTime.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogApplied(logger, script.Version, script.Name);
            done.Add(script.Version);
        }

        return done;
    }

    public async Task<IReadOnlyDictionary<string, string>> AppliedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Version", "Checksum" FROM "{HistoryTable}" """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version} ({Name})")]
    private static partial void LogApplied(ILogger logger, string version, string name);
}
