using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;

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
/// <see cref="GroupInserts"/> (the unique index settles races with earlier groups and other
/// instances, and the rows it returns are exactly the new signatures), and adds the new
/// signatures to each petition's counter in the same transaction.
/// </summary>
public sealed class SignatureWriter : IGroupWrite<SignatureRequest, SignatureOutcome>
{
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
        await InsertAsync(db, [.. candidates.Select(i => requests[i])], stored, cancellationToken);

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

    private static Task InsertAsync(FairwatchDb db, IReadOnlyList<SignatureRequest> rows, HashSet<(int, string)> stored, CancellationToken cancellationToken) =>
        GroupInserts.InsertNewAsync(
            db,
            "PetitionSignatures",
            Columns,
            [.. rows.Select(r => new object?[] { r.PetitionId, r.FirstName, r.LastName, r.Email, r.Zip, r.State, r.Comment, r.ShowName, r.WantsUpdates, r.Culture, r.SignedAt, r.ReferralCode, r.ReferredBy, r.ReferredVia })],
            ["PetitionId", "Email"],
            reader => stored.Add((reader.GetInt32(0), reader.GetString(1))),
            cancellationToken);
}
