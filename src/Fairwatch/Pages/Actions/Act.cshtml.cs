using System.ComponentModel.DataAnnotations;
using Fairwatch.Accounts;
using Fairwatch.Actions;
using Fairwatch.Campaigns;
using Fairwatch.Sharing;
using Fairwatch.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Fairwatch.Pages.Actions;

/// <summary>
/// /act/{slug}: a letter, call or social action, step by step in server-rendered forms so that it
/// works without JavaScript. The ZIP code and district travel in the address (a GET form), so each
/// step can be reloaded; only sending, calling and posting are POSTs. Never cached: its forms carry
/// antiforgery tokens and fresh time stamps.
/// </summary>
[EnableRateLimiting(ActionRateLimitPolicy.Name)]
public sealed class ActModel(
    ActionService actions,
    ActionTargeting targeting,
    ActionStamps stamps,
    LetterService letters,
    CallService calls,
    SocialService social,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string ZipField = "zip";
    public const string DistrictField = "district";

    public CampaignAction Action { get; private set; } = null!;

    public Campaign? Campaign { get; private set; }

    /// <summary>Staff looking at an action that is not published yet.</summary>
    public bool IsPreview => !Action.IsPublished;

    [BindProperty(SupportsGet = true, Name = ZipField)]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string? Zip { get; set; }

    [BindProperty(SupportsGet = true, Name = DistrictField)]
    public string? District { get; set; }

    /// <summary>The referral code of the shared link the supporter arrived by; carried through every step (hidden fields), no cookie.</summary>
    [BindProperty(SupportsGet = true, Name = "ref")]
    public string? Ref { get; set; }

    /// <summary>Where that link was shared.</summary>
    [BindProperty(SupportsGet = true, Name = "via")]
    public string? Via { get; set; }

    /// <summary>After a letter or call: the supporter's code for their share links.</summary>
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    /// <summary>The share step after a letter or a call.</summary>
    public ShareStep ShareStep => ShareStep.After($"/act/{Action.Slug}", Action.Title.Current, Campaign, Code);

    public TargetLookup Targets { get; private set; } = TargetLookup.Missing(TargetLookupStatus.NeedZip);

    public LetterForm Letter { get; set; } = new();

    public ReplyForm Reply { get; set; } = new();

    /// <summary>After a letter was accepted: how many messages it became.</summary>
    public int? Sent { get; private set; }

    /// <summary>After a call was counted: whom the supporter called.</summary>
    public string? Called { get; private set; }

    public bool Posted { get; private set; }

    public DateOnly DataAsOf => targeting.AsOf;

    public string Culture => Cultures.Current;

    public async Task<IActionResult> OnGetAsync(string slug, int? sent, string? called, bool posted, bool choose, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Sent = sent is > 0 ? sent : null;
        Posted = posted;
        FindTargets();
        if (choose && Targets.Status == TargetLookupStatus.ChooseDistrict)
        {
            ModelState.AddModelError(DistrictField, localizer["Choose the district of your street address."]);
        }

        Called = called is null ? null : Targets.Lawmakers.FirstOrDefault(m => m.Lawmaker.BioguideId == called)?.Lawmaker.Name;
        if (Targets.Status == TargetLookupStatus.Found)
        {
            Letter.Subject = Action.Subject.In(Culture);
            Letter.Body = Action.Letter.In(Culture);
            Letter.Stamp = stamps.Issue(ActionStamps.Letter, Action.Id);
            Reply.Stamp = stamps.Issue(Action.Kind == ActionKind.Call ? ActionStamps.Call : ActionStamps.Social, Action.Id);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostLetterAsync(string slug, [FromForm(Name = "Letter")] LetterForm letter, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Letter = letter;
        FindTargets();
        var receipt = await letters.SubmitAsync(Action, letter.ToSubmission(Targets.Zip, District, Culture) with { Referral = Referral.From(Ref, Via) }, cancellationToken);
        if (receipt.Result.Succeeded)
        {
            // Post/redirect/get: reloading the page that says "thank you" does not send the letter again.
            return Redirect($"/act/{Action.Slug}?sent={Math.Max(receipt.Messages, 1)}" + (receipt.ReferralCode is { } code ? $"&code={code}" : ""));
        }

        foreach (var problem in receipt.Problems)
        {
            ModelState.AddModelError(problem.Field is null ? string.Empty : $"Letter.{problem.Field}", localizer[problem.Error!]);
        }

        // The same stamp while it is still good, so that fixing a typo is not "too fast"; a new one otherwise.
        ModelState.Remove("Letter.Stamp");
        Letter.Stamp = stamps.Renew(letter.Stamp, ActionStamps.Letter, Action.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostCalledAsync(string slug, [FromForm(Name = "Reply")] ReplyForm reply, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var (result, _, code) = await calls.RecordAsync(
            Action, new CallSubmission(Zip, District, reply.BioguideId, reply.Outcome, reply.Website, reply.Stamp, Referral.From(Ref, Via)), cancellationToken);
        if (result.Succeeded)
        {
            return Redirect(StepUrl() + $"&called={Uri.EscapeDataString(reply.BioguideId ?? "")}&code={code}#call-{reply.BioguideId}");
        }

        return Redisplay(reply, ActionStamps.Call, result, result.Field is null ? null : $"Reply.{result.Field}.{reply.BioguideId}");
    }

    public async Task<IActionResult> OnPostShareAsync(string slug, [FromForm(Name = "Reply")] ReplyForm reply, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        var receipt = await social.RecordAsync(
            Action, new ShareSubmission(Zip, District, reply.Platform, reply.Instance, reply.Website, reply.Stamp, Culture), cancellationToken);
        if (receipt.Result.Succeeded)
        {
            // The platform's compose page, reached only now that the supporter chose it; a copied post comes back here.
            return Redirect(receipt.ComposeUrl ?? StepUrl() + "&posted=true#share");
        }

        return Redisplay(reply, ActionStamps.Social, receipt.Result, receipt.Result.Field is null ? null : $"Reply.{receipt.Result.Field}");
    }

    /// <summary>Where the supporter's ZIP code (and district) step is: the action's address with them.</summary>
    public string StepUrl() =>
        $"/act/{Action.Slug}?{ZipField}={Uri.EscapeDataString(Targets.Zip ?? Zip ?? "")}" + (string.IsNullOrEmpty(District) ? "" : $"&district={Uri.EscapeDataString(District)}")
        + (Referral.From(Ref, Via) is { Code: { } referredBy } referral ? $"&ref={referredBy}" + (referral.Channel is { } via ? $"&via={via}" : "") : "");

    private IActionResult Redisplay(ReplyForm reply, string stampKind, ChangeResult result, string? field)
    {
        FindTargets();
        Reply = reply;
        ModelState.AddModelError(field ?? string.Empty, localizer[result.Error!]);
        ModelState.Remove("Reply.Stamp");
        Reply.Stamp = stamps.Renew(reply.Stamp, stampKind, Action.Id);
        return Page();
    }

    private void FindTargets()
    {
        Targets = targeting.Find(Action.Lawmakers, Zip, District);
        if (Targets.Status == TargetLookupStatus.InvalidZip)
        {
            ModelState.AddModelError(ZipField, string.IsNullOrWhiteSpace(Zip)
                ? localizer["Enter your ZIP code."]
                : localizer["Enter a ZIP code of 5 digits, for example 20001."]);
        }
        else if (Targets.Status == TargetLookupStatus.UnknownZip)
        {
            ModelState.AddModelError(ZipField, localizer["We have no congressional district for ZIP code {0}. Check it, or use the ZIP code of your home address: ZIP codes only for PO boxes, businesses or military mail are not in our data.", Targets.Zip!]);
        }
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var staff = User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, StaffPolicies.Campaigns)).Succeeded;
        var page = await actions.FindPageAsync(slug, includeDrafts: staff, cancellationToken);
        if (page is null)
        {
            return false;
        }

        Action = page.Action;
        Campaign = page.Campaign;
        return true;
    }
}
