using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Pledges;

/// <summary>A pledge that passed the form's checks, ready to store. <see cref="Email"/> is already normalised.</summary>
public sealed record PledgeRequest(
    int PledgeId,
    string Name,
    string Email,
    string City,
    string? Message,
    bool WantsFeature,
    string Culture,
    DateTime PledgedAt,
    string? ReferralCode = null,
    string? ReferredBy = null,
    string? ReferredVia = null);

public enum PledgeOutcome
{
    Pledged,

    /// <summary>The address had taken this pledge already (earlier, or earlier in the same group); nothing was changed.</summary>
    AlreadyPledged,

    /// <summary>The pledge was unpublished or deleted when the group was written.</summary>
    Closed,
}

/// <summary>
/// Stores a group of pledges for <see cref="ActionWriter"/>, as <c>Petitions/SignatureWriter</c>
/// stores signatures: checks each pledge is published inside the transaction, keeps the first of
/// several requests from one address, inserts the rest with <see cref="GroupInserts"/> (the unique
/// index settles races with earlier groups and other instances), and adds the new allies to each
/// pledge's counter in the same transaction.
/// </summary>
public sealed class PledgeWriter : IGroupWrite<PledgeRequest, PledgeOutcome>
{
    private static readonly string[] Columns =
        ["PledgeId", "Name", "Email", "City", "Message", "WantsFeature", "Culture", "CreatedAt", "ReferralCode", "ReferredBy", "ReferredVia"];

    public async Task<PledgeOutcome[]> WriteAsync(FairwatchDb db, IReadOnlyList<PledgeRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.PledgeId).Distinct().ToList();
        var open = (await db.Set<Pledge>().AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.IsPublished)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken)).ToHashSet();

        var outcomes = new PledgeOutcome[requests.Count];
        var candidates = new List<int>(requests.Count);
        var firstFromAddress = new HashSet<(int, string)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (!open.Contains(request.PledgeId))
            {
                outcomes[i] = PledgeOutcome.Closed;
            }
            else if (!firstFromAddress.Add((request.PledgeId, request.Email)))
            {
                outcomes[i] = PledgeOutcome.AlreadyPledged;
            }
            else
            {
                candidates.Add(i);
            }
        }

        var stored = new HashSet<(int, string)>();
        await GroupInserts.InsertNewAsync(
            db,
            "PledgeAllies",
            Columns,
            [.. candidates.Select(i => requests[i]).Select(r => new object?[] { r.PledgeId, r.Name, r.Email, r.City, r.Message, r.WantsFeature, r.Culture, r.PledgedAt, r.ReferralCode, r.ReferredBy, r.ReferredVia })],
            ["PledgeId", "Email"],
            reader => stored.Add((reader.GetInt32(0), reader.GetString(1))),
            cancellationToken);

        foreach (var i in candidates)
        {
            outcomes[i] = stored.Contains((requests[i].PledgeId, requests[i].Email)) ? PledgeOutcome.Pledged : PledgeOutcome.AlreadyPledged;
        }

        // In pledge order, so that two instances adding to the same counters cannot deadlock.
        foreach (var added in stored.GroupBy(s => s.Item1).OrderBy(g => g.Key))
        {
            var count = added.Count();
            var updated = await db.Set<PledgeCounter>().Where(c => c.PledgeId == added.Key)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Allies, c => c.Allies + count), cancellationToken);
            if (updated != 1)
            {
                throw new InvalidOperationException($"Pledge {added.Key} has no counter row; its allies were not stored.");
            }
        }

        return outcomes;
    }
}
