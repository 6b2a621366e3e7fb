using System.Data.Common;
using System.Globalization;
using System.Text;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fairwatch.Petitions;

/// <summary>A signature that passed the form's checks, ready to store. <see cref="Email"/> is already normalised.</summary>
public sealed record SignatureRequest(
    int PetitionId,
    string FirstName,
    string LastName,
    string Email,
    string Zip,
    string? State,
    string? Comment,
    bool ShowName,
    bool WantsUpdates,
    string Culture,
    DateTime SignedAt,
    string? ReferralCode = null,
    string? ReferredBy = null,
    string? ReferredVia = null);

public enum SignatureOutcome
{
    Signed,

    /// <summary>The address had signed this petition already (earlier, or earlier in the same group); nothing was changed.</summary>
    AlreadySigned,

    /// <summary>The petition was closed, won, past its deadline or unpublished when the group was written.</summary>
    Closed,
}

/// <summary>
/// Stores a group of signatures for <see cref="ActionWriter"/>: checks each petition is open inside
/// the transaction, keeps the first of several requests from one address, inserts the rest with
/// <c>INSERT ... ON CONFLICT DO NOTHING RETURNING</c> (the unique index settles races with earlier
/// groups and other instances, and the rows it returns are exactly the new signatures), and adds
/// the new signatures to each petition's counter in the same transaction. The SQL is the same on
/// SQLite and PostgreSQL; it is written by hand because EF Core cannot say ON CONFLICT and its
/// one-row-at-a-time inserts would cost the hot path most of its time.
/// </summary>
public sealed class SignatureWriter : IGroupWrite<SignatureRequest, SignatureOutcome>
{
    // 14 parameters a row keeps a statement under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
    private const int RowsPerStatement = 500;

    private static readonly string[] Columns =
        ["PetitionId", "FirstName", "LastName", "Email", "Zip", "State", "Comment", "ShowName", "WantsUpdates", "Culture", "CreatedAt", "ReferralCode", "ReferredBy", "ReferredVia"];

    public async Task<SignatureOutcome[]> WriteAsync(FairwatchDb db, IReadOnlyList<SignatureRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.PetitionId).Distinct().ToList();
        var petitions = await db.Set<Petition>().AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.IsPublished, p.Status, p.Deadline })
            .ToDictionaryAsync(p => p.Id, cancellationToken);

        var outcomes = new SignatureOutcome[requests.Count];
        var candidates = new List<int>(requests.Count);
        var firstFromAddress = new HashSet<(int, string)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (!petitions.TryGetValue(request.PetitionId, out var petition)
                || !Petition.TakesSignatures(petition.IsPublished, petition.Status, petition.Deadline, request.SignedAt))
            {
                outcomes[i] = SignatureOutcome.Closed;
            }
            else if (!firstFromAddress.Add((request.PetitionId, request.Email)))
            {
                outcomes[i] = SignatureOutcome.AlreadySigned;
            }
            else
            {
                candidates.Add(i);
            }
        }

        var stored = new HashSet<(int, string)>();
        foreach (var chunk in candidates.Chunk(RowsPerStatement))
        {
            await InsertAsync(db, [.. chunk.Select(i => requests[i])], stored, cancellationToken);
        }

        foreach (var i in candidates)
        {
            outcomes[i] = stored.Contains((requests[i].PetitionId, requests[i].Email)) ? SignatureOutcome.Signed : SignatureOutcome.AlreadySigned;
        }

        // In petition order, so that two instances adding to the same counters cannot deadlock.
        foreach (var added in stored.GroupBy(s => s.Item1).OrderBy(g => g.Key))
        {
            var count = added.Count();
            var updated = await db.Set<PetitionCounter>().Where(c => c.PetitionId == added.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Signatures, c => c.Signatures + count), cancellationToken);
            if (updated != 1)
            {
                throw new InvalidOperationException($"Petition {added.Key} has no counter row; its signatures were not stored.");
            }
        }

        return outcomes;
    }

    private static async Task InsertAsync(FairwatchDb db, IReadOnlyList<SignatureRequest> rows, HashSet<(int, string)> stored, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Signatures are written inside the writer's transaction.");

        var sql = new StringBuilder("INSERT INTO \"PetitionSignatures\" (")
            .AppendJoin(", ", Columns.Select(c => $"\"{c}\""))
            .Append(") VALUES ");
        for (var row = 0; row < rows.Count; row++)
        {
            var r = rows[row];
            sql.Append(row == 0 ? "(" : ", (");
            object?[] values = [r.PetitionId, r.FirstName, r.LastName, r.Email, r.Zip, r.State, r.Comment, r.ShowName, r.WantsUpdates, r.Culture, r.SignedAt, r.ReferralCode, r.ReferredBy, r.ReferredVia];
            for (var column = 0; column < values.Length; column++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"@p{row}_{column}");
                sql.Append(column == 0 ? name : ", " + name);
                AddParameter(command, name, values[column]);
            }

            sql.Append(')');
        }

        sql.Append(" ON CONFLICT (\"PetitionId\", \"Email\") DO NOTHING RETURNING \"PetitionId\", \"Email\"");
        command.CommandText = sql.ToString();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add((reader.GetInt32(0), reader.GetString(1)));
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
