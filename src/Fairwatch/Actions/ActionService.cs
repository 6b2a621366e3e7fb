using System.Text.RegularExpressions;
using Fairwatch.Actions.Cwc;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Actions;

/// <summary>What staff write for an action; the texts a kind does not use are ignored.</summary>
public sealed record ActionInput(
    int CampaignId,
    ActionKind Kind,
    string? Slug,
    string? TitleEn,
    string? TitleEs,
    string? IntroEn,
    string? IntroEs,
    LawmakerTargets Lawmakers,
    string? SubjectEn = null,
    string? SubjectEs = null,
    string? LetterEn = null,
    string? LetterEs = null,
    string? TalkingPointsEn = null,
    string? TalkingPointsEs = null,
    bool SupporterMayEdit = true,
    string? Topic = null,
    string? ScriptEn = null,
    string? ScriptEs = null,
    string? PostEn = null,
    string? PostEs = null,
    string? Hashtags = null);

public sealed record ActionPage(CampaignAction Action, Campaign? Campaign);

/// <summary>Actions: staff create, edit and publish them; the public pages read them.</summary>
public sealed partial class ActionService(FairwatchDb db, CampaignService campaigns, TimeProvider clock)
{
    public async Task<IReadOnlyList<CampaignAction>> ListAllAsync() =>
        await db.Set<CampaignAction>().AsNoTracking().OrderByDescending(a => a.UpdatedAt).ToListAsync();

    public async Task<IReadOnlyList<CampaignAction>> ListForCampaignAsync(int campaignId, CancellationToken cancellationToken = default) =>
        await db.Set<CampaignAction>().AsNoTracking().Where(a => a.CampaignId == campaignId).OrderBy(a => a.Kind).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public Task<CampaignAction?> FindAsync(int id) =>
        WithTargets().FirstOrDefaultAsync(a => a.Id == id);

    /// <summary>A published action, or also a draft for staff who preview it.</summary>
    public Task<CampaignAction?> FindBySlugAsync(string slug, bool includeDrafts, CancellationToken cancellationToken = default) =>
        WithTargets().FirstOrDefaultAsync(a => a.Slug == slug && (a.IsPublished || includeDrafts), cancellationToken);

    /// <summary>An action for its public page, with its campaign when that is published too.</summary>
    public async Task<ActionPage?> FindPageAsync(string slug, bool includeDrafts, CancellationToken cancellationToken = default)
    {
        var action = await FindBySlugAsync(slug, includeDrafts, cancellationToken);
        if (action is null)
        {
            return null;
        }

        var campaign = (await campaigns.ListPublishedAsync(cancellationToken)).FirstOrDefault(c => c.Id == action.CampaignId);
        return new ActionPage(action, campaign);
    }

    public async Task<ChangeResult> CreateAsync(ActionInput input)
    {
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(input.TitleEn) : input.Slug.Trim();
        var invalid = await ValidateAsync(input, slug, null);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var action = new CampaignAction { Slug = slug, Kind = input.Kind, CreatedAt = now, UpdatedAt = now };
        Apply(action, input);
        db.Add(action);
        await db.SaveChangesAsync();
        return ChangeResult.Ok(action.Id);
    }

    public async Task<ChangeResult> SaveAsync(int id, ActionInput input)
    {
        var action = await db.Set<CampaignAction>().Include(a => a.FixedTargets).SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
        {
            return ChangeResult.Fail("This action does not exist.");
        }

        // The kind is fixed at creation: letters, calls and posts already counted belong to it.
        input = input with { Kind = action.Kind };
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? action.Slug : input.Slug.Trim();
        var invalid = await ValidateAsync(input, slug, id);
        if (invalid is not null)
        {
            return invalid;
        }

        action.Slug = slug;
        Apply(action, input);
        if (action.IsPublished && Unfinished(action) is { } unfinished)
        {
            // Nothing is saved: what visitors see must stay complete.
            db.ChangeTracker.Clear();
            return unfinished;
        }

        return await SaveAsync(action);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var action = await db.Set<CampaignAction>().Include(a => a.FixedTargets).SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
        {
            return ChangeResult.Fail("This action does not exist.");
        }

        if (published && Unfinished(action) is { } unfinished)
        {
            return unfinished;
        }

        action.IsPublished = published;
        action.PublishedAt = published ? action.PublishedAt ?? clock.GetUtcNow().UtcDateTime : action.PublishedAt;
        return await SaveAsync(action);
    }

    public async Task<ChangeResult> AddFixedTargetAsync(int id, string? name, string? title, string? email)
    {
        var action = await db.Set<CampaignAction>().Include(a => a.FixedTargets).SingleOrDefaultAsync(a => a.Id == id);
        if (action is null)
        {
            return ChangeResult.Fail("This action does not exist.");
        }

        if (action.Kind != ActionKind.Letter)
        {
            return ChangeResult.Fail("Only letters have fixed targets.");
        }

        name = name?.Trim() ?? "";
        title = title?.Trim() ?? "";
        var address = EmailAddresses.Normalise(email);
        if (name.Length == 0 || name.Length > ActionLimits.TargetNameLength)
        {
            return ChangeResult.Fail("Enter the target's name (120 characters at most).", "Name");
        }

        if (title.Length == 0 || title.Length > ActionLimits.TargetTitleLength)
        {
            return ChangeResult.Fail("Enter the target's title, such as Secretary of Homeland Security (200 characters at most).", "Title");
        }

        if (address.Length == 0 || address.Length > ActionLimits.EmailLength || !EmailAddresses.IsValid(address))
        {
            return ChangeResult.Fail("Enter the target's e-mail address.", "Email");
        }

        action.FixedTargets.Add(new FixedTarget
        {
            Name = name,
            Title = title,
            Email = address,
            Position = Positions.Next(action.FixedTargets.Select(t => t.Position)),
        });
        return await SaveAsync(action);
    }

    public async Task<ChangeResult> RemoveFixedTargetAsync(int id, int targetId)
    {
        var action = await db.Set<CampaignAction>().Include(a => a.FixedTargets).SingleOrDefaultAsync(a => a.Id == id);
        var target = action?.FixedTargets.SingleOrDefault(t => t.Id == targetId);
        if (action is null || target is null)
        {
            return ChangeResult.Fail("That target is not part of this action.");
        }

        if (action.IsPublished && action.Lawmakers == LawmakerTargets.None && action.FixedTargets.Count == 1)
        {
            return ChangeResult.Fail("A published letter needs someone to go to: unpublish it first, or choose lawmakers.");
        }

        action.FixedTargets.Remove(target);
        return await SaveAsync(action);
    }

    /// <summary>"#DueProcess #FairHearings": hashtags separated by spaces, each a # and letters, digits or underscores.</summary>
    public static bool AreHashtags(string? text) => string.IsNullOrWhiteSpace(text) || HashtagList().IsMatch(text.Trim());

    private IQueryable<CampaignAction> WithTargets() =>
        db.Set<CampaignAction>().AsNoTracking().Include(a => a.FixedTargets.OrderBy(t => t.Position));

    private async Task<ChangeResult> SaveAsync(CampaignAction action)
    {
        action.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return ChangeResult.Ok(action.Id);
    }

    private async Task<ChangeResult?> ValidateAsync(ActionInput input, string slug, int? id)
    {
        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            return ChangeResult.Fail("An action needs a title in English.", nameof(ActionInput.TitleEn));
        }

        if (!Slugs.IsValid(slug))
        {
            return ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(ActionInput.Slug));
        }

        if (await db.Set<CampaignAction>().AnyAsync(a => a.Slug == slug && a.Id != id))
        {
            return ChangeResult.Fail("Another action already uses this address.", nameof(ActionInput.Slug));
        }

        if (!(await campaigns.ListAllAsync()).Any(c => c.Id == input.CampaignId))
        {
            return ChangeResult.Fail("Choose the campaign the action belongs to.", nameof(ActionInput.CampaignId));
        }

        if (!Enum.IsDefined(input.Kind) || !Enum.IsDefined(input.Lawmakers))
        {
            return ChangeResult.Fail("Choose what kind of action it is and whom it addresses.");
        }

        return input.Kind switch
        {
            ActionKind.Letter when input.Topic is not null && !LibraryOfCongressTopics.IsValid(input.Topic) =>
                ChangeResult.Fail("Choose a topic from the list.", nameof(ActionInput.Topic)),
            ActionKind.Social when !AreHashtags(input.Hashtags) =>
                ChangeResult.Fail("Write hashtags as #Word, separated by spaces.", nameof(ActionInput.Hashtags)),
            ActionKind.Call or ActionKind.Social when input.Lawmakers == LawmakerTargets.None =>
                ChangeResult.Fail("Calls and posts are for the supporter's lawmakers: choose senators, the representative or both.", nameof(ActionInput.Lawmakers)),
            _ => null,
        };
    }

    /// <summary>What a published action must have: its texts in English and someone to address.</summary>
    private static ChangeResult? Unfinished(CampaignAction action) => action.Kind switch
    {
        _ when action.Lawmakers == LawmakerTargets.None && action.FixedTargets.Count == 0 =>
            ChangeResult.Fail("Choose who the action addresses before you publish it.", nameof(ActionInput.Lawmakers)),
        ActionKind.Letter when string.IsNullOrWhiteSpace(action.Subject.En) =>
            ChangeResult.Fail("A letter needs a subject in English.", nameof(ActionInput.SubjectEn)),
        ActionKind.Letter when string.IsNullOrWhiteSpace(action.Letter.En) =>
            ChangeResult.Fail("A letter needs its text in English.", nameof(ActionInput.LetterEn)),
        ActionKind.Call when string.IsNullOrWhiteSpace(action.Script.En) =>
            ChangeResult.Fail("A call needs a script in English.", nameof(ActionInput.ScriptEn)),
        ActionKind.Social when string.IsNullOrWhiteSpace(action.Post.En) =>
            ChangeResult.Fail("A social action needs the post in English.", nameof(ActionInput.PostEn)),
        _ => null,
    };

    private static void Apply(CampaignAction action, ActionInput input)
    {
        action.CampaignId = input.CampaignId;
        action.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        action.Intro = LocalizedText.From(input.IntroEn, input.IntroEs);
        action.Lawmakers = input.Lawmakers;
        action.Subject = LocalizedText.From(input.SubjectEn, input.SubjectEs);
        action.Letter = LocalizedText.From(Lines(input.LetterEn), Lines(input.LetterEs));
        action.TalkingPoints = LocalizedText.From(input.TalkingPointsEn, input.TalkingPointsEs);
        action.SupporterMayEdit = input.SupporterMayEdit;
        action.Topic = action.Kind == ActionKind.Letter ? input.Topic ?? LibraryOfCongressTopics.Immigration : null;
        action.Script = LocalizedText.From(input.ScriptEn, input.ScriptEs);
        action.Post = LocalizedText.From(input.PostEn, input.PostEs);
        action.Hashtags = string.IsNullOrWhiteSpace(input.Hashtags) ? null : string.Join(' ', input.Hashtags.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string? Lines(string? text) => text?.ReplaceLineEndings("\n");

    [GeneratedRegex(@"^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*$")]
    private static partial Regex HashtagList();
}
