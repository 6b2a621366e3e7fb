using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fairwatch.Data;

/// <summary>
/// The insert of an <see cref="IGroupWrite{TRequest, TOutcome}"/> kind: many rows per statement,
/// <c>INSERT ... ON CONFLICT (...) DO NOTHING RETURNING ...</c>, so a unique index settles
/// duplicates (against earlier groups and other instances) and the rows returned are exactly the
/// new ones. The SQL is the same on SQLite and PostgreSQL; it is written by hand because EF Core
/// cannot say ON CONFLICT and its one-row-at-a-time inserts would cost the hot path most of its time.
/// </summary>
public static class GroupInserts
{
    // Keeps a statement well under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
    private const int ParametersPerStatement = 6_000;

    /// <summary>
    /// Inserts <paramref name="rows"/> (values in the order of <paramref name="columns"/>) inside the
    /// writer's transaction, skipping those the unique index on <paramref name="conflictColumns"/>
    /// already holds, and calls <paramref name="inserted"/> once per new row with a reader positioned on
    /// its <paramref name="conflictColumns"/>, in that order.
    /// </summary>
    public static async Task InsertNewAsync(
        FairwatchDb db,
        string table,
        IReadOnlyList<string> columns,
        IReadOnlyList<object?[]> rows,
        IReadOnlyList<string> conflictColumns,
        Action<DbDataReader> inserted,
        CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException($"Rows of {table} are written inside the writer's transaction.");
        foreach (var chunk in rows.Chunk(Math.Max(1, ParametersPerStatement / columns.Count)))
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder($"INSERT INTO \"{table}\" (")
                .AppendJoin(", ", columns.Select(c => $"\"{c}\""))
                .Append(") VALUES ");
            for (var row = 0; row < chunk.Length; row++)
            {
                var values = chunk[row];
                if (values.Length != columns.Count)
                {
                    throw new ArgumentException($"A row of {table} has {values.Length} values for {columns.Count} columns.", nameof(rows));
                }

                sql.Append(row == 0 ? "(" : ", (");
                for (var column = 0; column < values.Length; column++)
                {
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
                    sql.Append(column == 0 ? name : ", " + name);
                    AddParameter(command, name, values[column]);
                }

                sql.Append(')');
            }

            var keys = string.Join(", ", conflictColumns.Select(c => $"\"{c}\""));
            sql.Append(" ON CONFLICT (").Append(keys).Append(") DO NOTHING RETURNING ").Append(keys);
            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted(reader);
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
