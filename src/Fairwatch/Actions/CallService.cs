using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Sharing;
using Fairwatch.Web;

namespace Fairwatch.Actions;

/// <summary>A supporter's "I called", as sent. <see cref="Trap"/> is the field people never see.</summary>
public sealed record CallSubmission(string? Zip, string? District, string? BioguideId, CallOutcome? Outcome, string? Trap, string? Stamp, Referral? Referral = null);

/// <summary>Counts calls per office and outcome. It keeps nothing about the caller.</summary>
public sealed class CallService(FairwatchDb db, TimeProvider clock, ActionTargeting targeting, ActionStamps stamps)
{
    /// <summary>The name of the lawmaker whose call was counted, or the reason it was not.</summary>
    /// <returns>Whether it was counted, whom the supporter called, and the caller's code for their share links.</returns>
    public async Task<(ChangeResult Result, string? Lawmaker, string? ReferralCode)> RecordAsync(CampaignAction action, CallSubmission call, CancellationToken cancellationToken = default)
    {
        if (action.Kind != ActionKind.Call || !action.IsPublished)
        {
            return (ChangeResult.Fail("This action does not count calls."), null, null);
        }

        var targets = targeting.Find(action.Lawmakers, call.Zip, call.District);
        var lawmaker = targets.Lawmakers.Select(m => m.Lawmaker).FirstOrDefault(l => l.BioguideId == call.BioguideId);
        if (targets.Status != TargetLookupStatus.Found || lawmaker is null)
        {
            return (ChangeResult.Fail("We could not tell whom you called. Please find your lawmakers again."), null, null);
        }

        if (!string.IsNullOrWhiteSpace(call.Trap))
        {
            return (ChangeResult.Ok(), lawmaker.Name, Referrals.NewCode());
        }

        if (call.Outcome is not { } outcome || !Enum.IsDefined(outcome))
        {
            return (ChangeResult.Fail("Choose how the call went.", nameof(CallSubmission.Outcome)), null, null);
        }

        var problem = ActionChecks.Stamp(stamps.Check(call.Stamp, ActionStamps.Call, action.Id));
        if (problem is not null)
        {
            return (problem, null, null);
        }

        var report = new CallReport
        {
            ActionId = action.Id,
            BioguideId = lawmaker.BioguideId,
            TargetName = lawmaker.Name,
            Outcome = outcome,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        }.Record(call.Referral ?? Referral.None);
        db.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        return (ChangeResult.Ok(), lawmaker.Name, report.ReferralCode);
    }
}

/// <summary>What the call and social forms say when their time stamp does not hold.</summary>
internal static class ActionChecks
{
    public static ChangeResult? Stamp(StampCheck check) => check switch
    {
        StampCheck.TooFast => ChangeResult.Fail("That was very quick. Please wait a moment, then try again."),
        StampCheck.Expired => ChangeResult.Fail("This page was open for a long time, so we could not accept it. Please try again."),
        StampCheck.Invalid => ChangeResult.Fail("We could not check this form. Please try again."),
        _ => null,
    };
}
