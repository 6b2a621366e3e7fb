namespace Fairwatch.Campaigns;

/// <summary>A figure the system itself keeps of what supporters did, labelled in the reader's language.</summary>
public sealed record ActivityCount(string Label, long Value);

/// <summary>
/// Implemented by each feature whose public actions count toward a campaign's impact (letters,
/// calls, signatures...), so the campaign page can show the live counts next to the figures staff enter.
/// </summary>
public interface ICampaignActivity
{
    Task<IReadOnlyList<ActivityCount>> CountAsync(int campaignId, CancellationToken cancellationToken = default);
}
