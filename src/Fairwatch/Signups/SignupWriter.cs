using System.Globalization;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Signups;

/// <summary>A sign-up that passed the form's checks, ready to store. <see cref="Email"/> is already normalised.</summary>
public sealed record SignupRequest(
    int? CampaignId,
    string Email,
    string? Name,
    string Culture,
    string Source,
    DateTime RequestedAt,
    string ReferralCode,
    string? ReferredBy = null,
    string? ReferredVia = null);

/// <summary>What the writer did; the person is told "check your inbox" whatever it was, so a stranger learns nothing.</summary>
public enum SignupOutcome
{
    /// <summary>A new or pending (or unsubscribed) address: the confirmation link is in the outbox.</summary>
    ConfirmationSent,

    /// <summary>Already subscribed: the address got a note saying so, with the unsubscribe link.</summary>
    AlreadySubscribedNoticeSent,

    /// <summary>An e-mail went to this address for this list a moment ago; none is sent again so soon.</summary>
    NothingSent,

    /// <summary>The campaign is gone or unpublished.</summary>
    NoSuchList,
}

/// <summary>
/// Stores a group of sign-ups for <see cref="ActionWriter"/>, in its transaction: a new address gets
/// a pending row and the confirmation e-mail; a pending or unsubscribed one gets the e-mail again,
/// at most once per <see cref="SignupOptions.ResendInterval"/>; a subscribed one a note that says
/// so. The e-mails go into the outbox in the same transaction as the rows, so a crash loses neither.
/// Sign-ups are far fewer than signatures, so this uses EF Core rather than hand-written SQL; on
/// PostgreSQL with several instances, the unique indexes settle a race (the losing group fails and
/// its callers are asked to try again).
/// </summary>
public sealed class SignupWriter(IServiceScopeFactory scopes, SignupLinks links, IOptions<SignupOptions> options, IOptions<OrganisationOptions> organisation) : IGroupWrite<SignupRequest, SignupOutcome>
{
    public const string ConfirmKind = "signup.confirm";
    public const string AlreadyKind = "signup.already";

    public async Task<SignupOutcome[]> WriteAsync(FairwatchDb db, IReadOnlyList<SignupRequest> requests, CancellationToken cancellationToken)
    {
        var campaignIds = requests.Where(r => r.CampaignId is not null).Select(r => r.CampaignId!.Value).Distinct().ToList();
        var campaigns = await db.Set<Campaign>().AsNoTracking()
            .Where(c => campaignIds.Contains(c.Id) && c.IsPublished)
            .ToDictionaryAsync(c => c.Id, c => c.Title, cancellationToken);
        var emails = requests.Select(r => r.Email).Distinct().ToList();
        var existing = (await db.Set<Signup>().Where(s => emails.Contains(s.Email)).ToListAsync(cancellationToken))
            .ToDictionary(s => (s.CampaignId, s.Email));

        var outcomes = new SignupOutcome[requests.Count];
        var toEmail = new List<(int Index, Signup Row)>();
        var seen = new HashSet<(int?, string)>();
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var key = (request.CampaignId, request.Email);
            if (request.CampaignId is { } campaignId && !campaigns.ContainsKey(campaignId))
            {
                outcomes[i] = SignupOutcome.NoSuchList;
                continue;
            }

            if (!seen.Add(key))
            {
                outcomes[i] = SignupOutcome.NothingSent;
                continue;
            }

            if (!existing.TryGetValue(key, out var row))
            {
                row = new Signup
                {
                    CampaignId = request.CampaignId,
                    Email = request.Email,
                    Name = request.Name,
                    Culture = request.Culture,
                    Source = request.Source,
                    Status = SignupStatus.Pending,
                    CreatedAt = request.RequestedAt,
                    RequestedAt = request.RequestedAt,
                    EmailedAt = request.RequestedAt,
                    ReferralCode = request.ReferralCode,
                    ReferredBy = request.ReferredBy,
                    ReferredVia = request.ReferredVia,
                };
                db.Add(row);
                outcomes[i] = SignupOutcome.ConfirmationSent;
                toEmail.Add((i, row));
                continue;
            }

            if (row.EmailedAt is { } emailed && request.RequestedAt - emailed < options.Value.ResendInterval)
            {
                outcomes[i] = SignupOutcome.NothingSent;
                continue;
            }

            row.EmailedAt = request.RequestedAt;
            if (row.Status == SignupStatus.Confirmed)
            {
                outcomes[i] = SignupOutcome.AlreadySubscribedNoticeSent;
            }
            else
            {
                // A new request for consent: recorded as the latest, with the form it came from.
                row.Status = SignupStatus.Pending;
                row.RequestedAt = request.RequestedAt;
                row.Source = request.Source;
                row.Culture = request.Culture;
                row.Name = request.Name ?? row.Name;
                outcomes[i] = SignupOutcome.ConfirmationSent;
            }

            toEmail.Add((i, row));
        }

        if (toEmail.Count == 0)
        {
            return outcomes;
        }

        // The new rows' ids go into their links.
        await db.SaveChangesAsync(cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
        var templates = scope.ServiceProvider.GetRequiredService<EmailTemplates>();
        var urls = scope.ServiceProvider.GetRequiredService<PublicUrls>();
        foreach (var (index, row) in toEmail)
        {
            var confirm = outcomes[index] == SignupOutcome.ConfirmationSent;
            var unsubscribe = links.UnsubscribeUrl(urls, row.Id);
            var list = row.CampaignId is { } id ? campaigns[id].In(row.Culture) : organisation.Value.Name;
            var values = new Dictionary<string, string>
            {
                ["name"] = row.Name ?? row.Email,
                ["list"] = list,
                ["link"] = confirm ? links.ConfirmUrl(urls, row.Id) : "",
                ["days"] = options.Value.ConfirmationLinkDays.ToString("0", CultureInfo.InvariantCulture),
                ["unsubscribe"] = unsubscribe,
            };
            var content = templates.Render(confirm ? "signup-confirm" : "signup-already", row.Culture, values);
            outbox.Enqueue(db, confirm ? ConfirmKind : AlreadyKind, row.Email, row.Name, content, OneClickUnsubscribe.Headers(unsubscribe));
        }

        return outcomes;
    }
}
