using Fairwatch.Actions;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Events;
using Fairwatch.Petitions;
using Fairwatch.Photos;
using Fairwatch.Pledges;
using Fairwatch.Signups;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Sharing;

public sealed record CodeCount(string Code, int Actions);

public sealed record ChannelCount(string? Channel, int Actions);

/// <summary>What a shared link led to; the staff page names each kind in the reader's language.</summary>
public enum ReferralKinds
{
    Petition,
    SignupList,
    Action,
    Event,
    Pledge,
    PhotoWall,
}

/// <summary>What shared links brought to one petition, list, action, event, pledge or wall: the total, the codes that brought most, and the channels.</summary>
public sealed record ReferralSources(ReferralKinds Kind, LocalizedText Title, string Link, int Total, IReadOnlyList<CodeCount> TopCodes, IReadOnlyList<ChannelCount> Channels);

/// <summary>
/// Counts the actions each referral code brought in, from the <c>ReferredBy</c> column every kind of
/// action stores (indexed). The person's own page reads a handful of indexed counts; staff pages
/// group by petition or list. Neither is on the path of a spike, so there is no counter to keep.
/// </summary>
public sealed class ReferralReport(FairwatchDb db)
{
    public const int TopCodes = 10;

    /// <summary>How many actions, of every kind, arrived through links carrying <paramref name="code"/>.</summary>
    public async Task<int> CountRecruitedAsync(string code, CancellationToken cancellationToken = default) =>
        await db.Set<PetitionSignature>().CountAsync(s => s.ReferredBy == code, cancellationToken)
        + await db.Set<Signup>().CountAsync(s => s.ReferredBy == code, cancellationToken)
        + await db.Set<Letter>().CountAsync(l => l.ReferredBy == code, cancellationToken)
        + await db.Set<CallReport>().CountAsync(c => c.ReferredBy == code, cancellationToken)
        + await db.Set<Rsvp>().CountAsync(r => r.ReferredBy == code, cancellationToken)
        + await db.Set<PledgeAlly>().CountAsync(a => a.ReferredBy == code, cancellationToken)
        + await db.Set<WallPhoto>().CountAsync(p => p.ReferredBy == code, cancellationToken);

    /// <summary>Everything shared links brought actions to (petitions, sign-up lists, letter and call actions, events, pledges, photo walls), the most first.</summary>
    public async Task<IReadOnlyList<ReferralSources>> ListSourcesAsync(CancellationToken cancellationToken = default)
    {
        var petitionRows = await GroupAsync(db.Set<PetitionSignature>().Select(s => new ReferredRow { Subject = s.PetitionId, Code = s.ReferredBy, Channel = s.ReferredVia }), cancellationToken);
        var signupRows = await GroupAsync(db.Set<Signup>().Select(s => new ReferredRow { Subject = s.CampaignId ?? 0, Code = s.ReferredBy, Channel = s.ReferredVia }), cancellationToken);
        var actionRows = await GroupAsync(db.Set<Letter>().Select(l => new ReferredRow { Subject = l.ActionId, Code = l.ReferredBy, Channel = l.ReferredVia }), cancellationToken);
        actionRows.AddRange(await GroupAsync(db.Set<CallReport>().Select(c => new ReferredRow { Subject = c.ActionId, Code = c.ReferredBy, Channel = c.ReferredVia }), cancellationToken));
        var eventRows = await GroupAsync(db.Set<Rsvp>().Select(r => new ReferredRow { Subject = r.EventId, Code = r.ReferredBy, Channel = r.ReferredVia }), cancellationToken);
        var pledgeRows = await GroupAsync(db.Set<PledgeAlly>().Select(a => new ReferredRow { Subject = a.PledgeId, Code = a.ReferredBy, Channel = a.ReferredVia }), cancellationToken);
        var photoRows = await GroupAsync(db.Set<WallPhoto>().Select(p => new ReferredRow { Subject = p.CampaignId, Code = p.ReferredBy, Channel = p.ReferredVia }), cancellationToken);

        var petitionIds = Subjects(petitionRows);
        var petitions = await db.Set<Petition>().AsNoTracking().Where(p => petitionIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Title, Link: $"/staff/petitions/{p.Id}"), cancellationToken);
        var actionIds = Subjects(actionRows);
        var actions = await db.Set<CampaignAction>().AsNoTracking().Where(a => actionIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => (a.Title, Link: $"/staff/actions/{a.Id}/stats"), cancellationToken);
        var eventIds = Subjects(eventRows);
        var events = await db.Set<Event>().AsNoTracking().Where(e => eventIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => (e.Title, Link: $"/staff/events/{e.Id}/replies"), cancellationToken);
        var pledgeIds = Subjects(pledgeRows);
        var pledges = await db.Set<Pledge>().AsNoTracking().Where(p => pledgeIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Title, Link: $"/staff/pledges/{p.Id}"), cancellationToken);
        var campaignIds = Subjects([.. signupRows, .. photoRows]);
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var organisation = (Title: LocalizedText.From("The organisation's updates", "Las novedades de la organización"), Link: "/staff/signups");

        return
        [
            .. new[]
            {
                Sources(ReferralKinds.Petition, petitionRows, id => petitions.GetValueOrDefault(id)),
                Sources(ReferralKinds.SignupList, signupRows, id => id == 0 ? organisation : Staff(campaigns.GetValueOrDefault(id), "/staff/signups")),
                Sources(ReferralKinds.Action, actionRows, id => actions.GetValueOrDefault(id)),
                Sources(ReferralKinds.Event, eventRows, id => events.GetValueOrDefault(id)),
                Sources(ReferralKinds.Pledge, pledgeRows, id => pledges.GetValueOrDefault(id)),
                Sources(ReferralKinds.PhotoWall, photoRows, id => Staff(campaigns.GetValueOrDefault(id), "/staff/photos")),
            }.SelectMany(s => s).OrderByDescending(s => s.Total),
        ];
    }

    private static async Task<List<GroupedReferral>> GroupAsync(IQueryable<ReferredRow> rows, CancellationToken cancellationToken) =>
        (await rows.Where(r => r.Code != null)
            .GroupBy(r => new { r.Subject, r.Code, r.Channel })
            .Select(g => new { g.Key.Subject, g.Key.Code, g.Key.Channel, Actions = g.Count() })
            .ToListAsync(cancellationToken))
            .ConvertAll(g => new GroupedReferral(g.Subject, g.Code!, g.Channel, g.Actions));

    private static List<int> Subjects(List<GroupedReferral> rows) => [.. rows.Select(r => r.Subject).Distinct()];

    // A campaign that no longer exists has no title; its rows are then left out like a deleted petition's.
    private static (LocalizedText? Title, string? Link) Staff(LocalizedText? title, string link) => title is null ? default : (title, link);

    private static IEnumerable<ReferralSources> Sources(ReferralKinds kind, List<GroupedReferral> rows, Func<int, (LocalizedText? Title, string? Link)> describe) =>
        rows.GroupBy(r => r.Subject)
            .Select(subject =>
            {
                var (title, link) = describe(subject.Key);
                var codes = subject.GroupBy(r => r.Code).Select(c => new CodeCount(c.Key, c.Sum(r => r.Actions)))
                    .OrderByDescending(c => c.Actions).ThenBy(c => c.Code, StringComparer.Ordinal).Take(TopCodes).ToList();
                var channels = subject.GroupBy(r => r.Channel).Select(c => new ChannelCount(c.Key, c.Sum(r => r.Actions)))
                    .OrderByDescending(c => c.Actions).ThenBy(c => c.Channel, StringComparer.Ordinal).ToList();
                return (title, link) is (not null, not null) ? new ReferralSources(kind, title, link, subject.Sum(r => r.Actions), codes, channels) : null;
            })
            .OfType<ReferralSources>();

    private sealed record GroupedReferral(int Subject, string Code, string? Channel, int Actions);

    /// <summary>One action's referral, whatever its kind: what it was for, and the code and channel of the link.</summary>
    private sealed class ReferredRow
    {
        public int Subject { get; init; }

        public string? Code { get; init; }

        public string? Channel { get; init; }
    }
}
