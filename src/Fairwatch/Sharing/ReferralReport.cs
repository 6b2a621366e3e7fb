using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Petitions;
using Fairwatch.Signups;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Sharing;

public sealed record CodeCount(string Code, int Actions);

public sealed record ChannelCount(string? Channel, int Actions);

/// <summary>What shared links brought to one petition or list: the total, the codes that brought most, and the channels.</summary>
public sealed record ReferralSources(string Kind, LocalizedText Title, string Link, int Total, IReadOnlyList<CodeCount> TopCodes, IReadOnlyList<ChannelCount> Channels);

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
        + await db.Set<Signup>().CountAsync(s => s.ReferredBy == code, cancellationToken);

    /// <summary>Every petition and sign-up list that shared links brought actions to, the most first.</summary>
    public async Task<IReadOnlyList<ReferralSources>> ListSourcesAsync(CancellationToken cancellationToken = default)
    {
        var petitionRows = (await db.Set<PetitionSignature>().Where(s => s.ReferredBy != null)
            .GroupBy(s => new { Subject = s.PetitionId, Code = s.ReferredBy!, Channel = s.ReferredVia })
            .Select(g => new { g.Key.Subject, g.Key.Code, g.Key.Channel, Actions = g.Count() })
            .ToListAsync(cancellationToken))
            .ConvertAll(g => new GroupedReferral(g.Subject, g.Code, g.Channel, g.Actions));
        var signupRows = (await db.Set<Signup>().Where(s => s.ReferredBy != null)
            .GroupBy(s => new { Subject = s.CampaignId ?? 0, Code = s.ReferredBy!, Channel = s.ReferredVia })
            .Select(g => new { g.Key.Subject, g.Key.Code, g.Key.Channel, Actions = g.Count() })
            .ToListAsync(cancellationToken))
            .ConvertAll(g => new GroupedReferral(g.Subject, g.Code, g.Channel, g.Actions));

        var petitionIds = petitionRows.Select(r => r.Subject).Distinct().ToList();
        var petitions = await db.Set<Petition>().AsNoTracking().Where(p => petitionIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => (p.Title, Link: $"/staff/petitions/{p.Id}"), cancellationToken);
        var campaignIds = signupRows.Select(r => r.Subject).Distinct().ToList();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.Title, Link: "/staff/signups"), cancellationToken);
        var organisation = (Title: LocalizedText.From("The organisation's updates", "Las novedades de la organización"), Link: "/staff/signups");

        return
        [
            .. Sources("Petition", petitionRows, id => petitions.GetValueOrDefault(id)),
            .. Sources("Sign-up list", signupRows, id => id == 0 ? organisation : campaigns.GetValueOrDefault(id)),
        ];
    }

    private static IEnumerable<ReferralSources> Sources(string kind, List<GroupedReferral> rows, Func<int, (LocalizedText Title, string Link)> describe) =>
        rows.GroupBy(r => r.Subject)
            .Select(subject =>
            {
                var (title, link) = describe(subject.Key);
                var codes = subject.GroupBy(r => r.Code).Select(c => new CodeCount(c.Key, c.Sum(r => r.Actions)))
                    .OrderByDescending(c => c.Actions).ThenBy(c => c.Code, StringComparer.Ordinal).Take(TopCodes).ToList();
                var channels = subject.GroupBy(r => r.Channel).Select(c => new ChannelCount(c.Key, c.Sum(r => r.Actions)))
                    .OrderByDescending(c => c.Actions).ThenBy(c => c.Channel, StringComparer.Ordinal).ToList();
                return new ReferralSources(kind, title ?? new LocalizedText(), link ?? "", subject.Sum(r => r.Actions), codes, channels);
            })
            .Where(s => s.Link.Length > 0)
            .OrderByDescending(s => s.Total);

    private sealed record GroupedReferral(int Subject, string Code, string? Channel, int Actions);
}
