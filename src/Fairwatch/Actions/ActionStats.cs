using CsvHelper;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Actions;

/// <summary>One target's messages by status.</summary>
public sealed record TargetMessages(string Name, string Title, DeliveryChannel Channel, int Queued, int Sent, int Failed, int NeedsManualDelivery)
{
    public int Total => Queued + Sent + Failed + NeedsManualDelivery;
}

/// <summary>One lawmaker's calls by outcome.</summary>
public sealed record TargetCalls(string BioguideId, string Name, int SpokeToStaff, int LeftVoicemail, int Busy)
{
    public int Total => SpokeToStaff + LeftVoicemail + Busy;
}

/// <summary>What supporters did through one action, counted. Nothing here identifies a supporter.</summary>
public sealed record ActionFigures(
    int Letters,
    IReadOnlyList<TargetMessages> Messages,
    IReadOnlyDictionary<DeliveryStatus, int> StatusTotals,
    IReadOnlyList<TargetCalls> Calls,
    IReadOnlyDictionary<SocialPlatform, int> Posts);

public sealed class ActionStats(FairwatchDb db)
{
    public async Task<ActionFigures> ForActionAsync(int actionId, CancellationToken cancellationToken = default)
    {
        var letters = await db.Set<Letter>().CountAsync(l => l.ActionId == actionId, cancellationToken);
        var messages = await db.Set<Delivery>().Where(d => d.ActionId == actionId)
            .GroupBy(d => new { d.TargetName, d.TargetTitle, d.Channel, d.Status })
            .Select(g => new MessageCount(g.Key.TargetName, g.Key.TargetTitle, g.Key.Channel, g.Key.Status, g.Count()))
            .ToListAsync(cancellationToken);
        var perTarget = messages
            .GroupBy(m => (m.TargetName, m.TargetTitle, m.Channel))
            .Select(g => new TargetMessages(
                g.Key.TargetName, g.Key.TargetTitle, g.Key.Channel,
                Count(g, DeliveryStatus.Queued), Count(g, DeliveryStatus.Sent), Count(g, DeliveryStatus.Failed), Count(g, DeliveryStatus.NeedsManualDelivery)))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var totals = Enum.GetValues<DeliveryStatus>().ToDictionary(s => s, s => messages.Where(m => m.Status == s).Sum(m => m.Count));

        var calls = await db.Set<CallReport>().Where(c => c.ActionId == actionId)
            .GroupBy(c => new { c.BioguideId, c.TargetName, c.Outcome })
            .Select(g => new { g.Key.BioguideId, g.Key.TargetName, g.Key.Outcome, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var perLawmaker = calls
            .GroupBy(c => c.BioguideId)
            .Select(g => new TargetCalls(
                g.Key, g.First().TargetName,
                g.Where(c => c.Outcome == CallOutcome.SpokeToStaff).Sum(c => c.Count),
                g.Where(c => c.Outcome == CallOutcome.LeftVoicemail).Sum(c => c.Count),
                g.Where(c => c.Outcome == CallOutcome.Busy).Sum(c => c.Count)))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        var posts = await db.Set<SocialPost>().Where(p => p.ActionId == actionId)
            .GroupBy(p => p.Platform).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new ActionFigures(
            letters, perTarget, totals, perLawmaker,
            Enum.GetValues<SocialPlatform>().ToDictionary(p => p, p => posts.FirstOrDefault(c => c.Key == p)?.Count ?? 0));
    }

    /// <summary>
    /// The figures as one CSV table, a row per target and kind of count. Text that a spreadsheet
    /// would run as a formula (a name starting with =, + , - or @) is escaped.
    /// </summary>
    public static byte[] ToCsv(ActionFigures figures)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true }, leaveOpen: true))
        {
            csv.WriteHeader("kind", "target", "office", "channel", "total", "queued", "sent", "failed", "needs_manual_delivery", "spoke_to_staff", "left_voicemail", "busy");
            foreach (var m in figures.Messages)
            {
                csv.WriteRecord("messages", m.Name, m.Title, m.Channel.ToString(), N(m.Total), N(m.Queued), N(m.Sent), N(m.Failed), N(m.NeedsManualDelivery), "", "", "");
            }

            foreach (var c in figures.Calls)
            {
                csv.WriteRecord("calls", c.Name, c.BioguideId, "", N(c.Total), "", "", "", "", N(c.SpokeToStaff), N(c.LeftVoicemail), N(c.Busy));
            }

            foreach (var (platform, count) in figures.Posts.Where(p => p.Value > 0))
            {
                csv.WriteRecord("posts", platform.ToString(), "", "", N(count), "", "", "", "", "", "", "");
            }
        }

        return buffer.ToArray();
    }

    private static string N(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Count(IEnumerable<MessageCount> group, DeliveryStatus status) => group.Where(m => m.Status == status).Sum(m => m.Count);

    private sealed record MessageCount(string TargetName, string TargetTitle, DeliveryChannel Channel, DeliveryStatus Status, int Count);
}
