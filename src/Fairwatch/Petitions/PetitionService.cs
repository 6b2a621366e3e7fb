using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Petitions;

public sealed record PetitionInput(
    string Slug,
    int? CampaignId,
    string TitleEn,
    string? TitleEs,
    string TargetEn,
    string? TargetEs,
    string LetterEn,
    string? LetterEs,
    int Goal,
    DateOnly? Deadline,
    PetitionStatus Status);

public sealed record PetitionUpdateInput(DateTime PublishedAt, string TitleEn, string? TitleEs, string BodyEn, string? BodyEs, bool EmailSigners);

/// <summary>What signing needs to know of a petition.</summary>
public sealed record SigningTarget(int Id, string Slug, bool IsPublished, PetitionStatus Status, DateOnly? Deadline)
{
    public bool TakesSignatures(DateTime now) => Petition.TakesSignatures(IsPublished, Status, Deadline, now);
}

/// <summary>What the public may know of a signer who chose to be shown: a first name and a state.</summary>
public sealed record PublicSigner(string FirstName, string? State);

/// <summary>The counts staff see. <see cref="Total"/> and <see cref="Confirmed"/> are the exact counters.</summary>
public sealed record SignatureCounts(int Total, int Confirmed, int WantUpdates, int UpdateRecipients)
{
    public int Unconfirmed => Total - Confirmed;
}

public enum LinkResult
{
    Done,

    /// <summary>Done before: confirming or unsubscribing twice is not an error.</summary>
    AlreadyDone,

    /// <summary>The link is not one of ours, or its signature was deleted.</summary>
    Invalid,
}

/// <summary>What a confirm or unsubscribe link is about, for its page.</summary>
public sealed record SignatureLinkTarget(long SignatureId, string PetitionSlug, LocalizedText PetitionTitle, bool Confirmed, bool WantsUpdates);

/// <summary>Petitions for the public site and for campaign staff. Signing goes through <see cref="PetitionSigning"/>.</summary>
public sealed class PetitionService(
    FairwatchDb db, TimeProvider clock, SignatureLinks links, PetitionMailer mailer, CampaignService campaigns, PetitionSigning signing)
{
    public const int RecentSignersShown = 10;

    public async Task<IReadOnlyList<Petition>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Petition>().AsNoTracking().Include(p => p.Counter)
            .Where(p => p.IsPublished)
            .OrderBy(p => p.Status).ThenByDescending(p => p.PublishedAt)
            .ToListAsync(cancellationToken);

    /// <summary>The public petition with its counter (one narrow row: the exact count, read on every view); no updates.</summary>
    public Task<Petition?> FindPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Petition>().AsNoTracking().Include(p => p.Counter).FirstOrDefaultAsync(p => p.Slug == slug && p.IsPublished, cancellationToken);

    /// <summary>The published petition a signature is for (see <see cref="PetitionSigning.FindTargetAsync"/>, which remembers it).</summary>
    public Task<SigningTarget?> FindSigningTargetAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Petition>().AsNoTracking()
            .Where(p => p.Slug == slug && p.IsPublished)
            .Select(p => new SigningTarget(p.Id, p.Slug, p.IsPublished, p.Status, p.Deadline))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>A petition's updates, newest first.</summary>
    public async Task<IReadOnlyList<PetitionUpdate>> ListUpdatesAsync(int petitionId, CancellationToken cancellationToken = default) =>
        await db.Set<PetitionUpdate>().AsNoTracking()
            .Where(u => u.PetitionId == petitionId)
            .OrderByDescending(u => u.PublishedAt).ThenByDescending(u => u.Id)
            .ToListAsync(cancellationToken);

    public Task<Petition?> FindPublishedAsync(int id, CancellationToken cancellationToken = default) =>
        db.Set<Petition>().AsNoTracking().Include(p => p.Counter).FirstOrDefaultAsync(p => p.Id == id && p.IsPublished, cancellationToken);

    /// <summary>Newest signers who chose to be shown: first name and state only, never anything else.</summary>
    public async Task<IReadOnlyList<PublicSigner>> ListRecentSignersAsync(int petitionId, CancellationToken cancellationToken = default) =>
        await db.Set<PetitionSignature>().AsNoTracking()
            .Where(s => s.PetitionId == petitionId && s.ShowName)
            .OrderByDescending(s => s.Id)
            .Take(RecentSignersShown)
            .Select(s => new PublicSigner(s.FirstName, s.State))
            .ToListAsync(cancellationToken);

    /// <summary>Published petitions of a campaign, for its page.</summary>
    public async Task<IReadOnlyList<Petition>> ListPublishedForCampaignAsync(int campaignId, CancellationToken cancellationToken = default) =>
        await db.Set<Petition>().AsNoTracking().Include(p => p.Counter)
            .Where(p => p.IsPublished && p.CampaignId == campaignId)
            .OrderBy(p => p.Status).ThenByDescending(p => p.PublishedAt)
            .ToListAsync(cancellationToken);

    public async Task<SignatureLinkTarget?> DescribeLinkAsync(long signatureId, CancellationToken cancellationToken = default) =>
        await db.Set<PetitionSignature>().AsNoTracking()
            .Where(s => s.Id == signatureId)
            .Join(db.Set<Petition>(), s => s.PetitionId, p => p.Id, (s, p) => new { s.Id, p.Slug, p.Title.En, p.Title.Es, Confirmed = s.ConfirmedAt != null, s.WantsUpdates })
            .Select(x => new SignatureLinkTarget(x.Id, x.Slug, new LocalizedText { En = x.En, Es = x.Es }, x.Confirmed, x.WantsUpdates))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Marks the signature confirmed and counts it, once, in one transaction.</summary>
    public async Task<LinkResult> ConfirmAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.ReadConfirmToken(token) is not { } id)
        {
            return LinkResult.Invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var signature = await db.Set<PetitionSignature>().AsNoTracking()
            .Where(s => s.Id == id).Select(s => new { s.PetitionId, s.ConfirmedAt }).FirstOrDefaultAsync(cancellationToken);
        if (signature is null)
        {
            return LinkResult.Invalid;
        }

        var confirmed = await db.Set<PetitionSignature>().Where(s => s.Id == id && s.ConfirmedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, now), cancellationToken);
        if (confirmed == 0)
        {
            return LinkResult.AlreadyDone;
        }

        await db.Set<PetitionCounter>().Where(c => c.PetitionId == signature.PetitionId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Confirmed, c => c.Confirmed + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LinkResult.Done;
    }

    /// <summary>Stops update e-mails for this signature. The signature itself still counts.</summary>
    public async Task<LinkResult> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (links.ReadUnsubscribeToken(token) is not { } id)
        {
            return LinkResult.Invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stopped = await db.Set<PetitionSignature>().Where(s => s.Id == id && s.WantsUpdates)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.WantsUpdates, false).SetProperty(x => x.UnsubscribedAt, now), cancellationToken);
        if (stopped == 1)
        {
            return LinkResult.Done;
        }

        return await db.Set<PetitionSignature>().AnyAsync(s => s.Id == id, cancellationToken) ? LinkResult.AlreadyDone : LinkResult.Invalid;
    }

    public async Task<IReadOnlyList<Petition>> ListAllAsync() =>
        await db.Set<Petition>().AsNoTracking().Include(p => p.Counter).OrderByDescending(p => p.UpdatedAt).ToListAsync();

    public Task<Petition?> FindAsync(int id) =>
        db.Set<Petition>().AsNoTracking()
            .Include(p => p.Counter)
            .Include(p => p.Updates.OrderByDescending(u => u.PublishedAt).ThenByDescending(u => u.Id))
            .FirstOrDefaultAsync(p => p.Id == id);

    public async Task<SignatureCounts> CountAsync(int id)
    {
        var counter = await db.Set<PetitionCounter>().AsNoTracking().FirstOrDefaultAsync(c => c.PetitionId == id);
        var signatures = db.Set<PetitionSignature>().Where(s => s.PetitionId == id && s.WantsUpdates);
        return new SignatureCounts(
            counter?.Signatures ?? 0,
            counter?.Confirmed ?? 0,
            await signatures.CountAsync(),
            await signatures.CountAsync(s => s.ConfirmedAt != null));
    }

    public async Task<ChangeResult> CreateAsync(PetitionInput input)
    {
        var invalid = await ValidateAsync(input, null);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var petition = new Petition { Slug = input.Slug.Trim(), CreatedAt = now, UpdatedAt = now, Counter = new PetitionCounter() };
        Apply(petition, input);
        db.Add(petition);
        await db.SaveChangesAsync();
        return ChangeResult.Ok(petition.Id);
    }

    public async Task<ChangeResult> SaveAsync(int id, PetitionInput input)
    {
        var petition = await db.Set<Petition>().SingleOrDefaultAsync(p => p.Id == id);
        if (petition is null)
        {
            return ChangeResult.Fail("This petition does not exist.");
        }

        var invalid = await ValidateAsync(input, id);
        if (invalid is not null)
        {
            return invalid;
        }

        Forget(petition.Slug);
        petition.Slug = input.Slug.Trim();
        Apply(petition, input);
        petition.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        Forget(petition.Slug);
        return ChangeResult.Ok(id);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var petition = await db.Set<Petition>().SingleOrDefaultAsync(p => p.Id == id);
        if (petition is null)
        {
            return ChangeResult.Fail("This petition does not exist.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        petition.IsPublished = published;
        petition.PublishedAt = published ? petition.PublishedAt ?? now : petition.PublishedAt;
        petition.UpdatedAt = now;
        await db.SaveChangesAsync();
        Forget(petition.Slug);
        return ChangeResult.Ok(id);
    }

    /// <summary>Deletes the petition with every signature and update: the people who signed leave no data behind.</summary>
    public async Task<ChangeResult> DeleteAsync(int id)
    {
        if (await db.Set<Petition>().Where(p => p.Id == id).Select(p => p.Slug).FirstOrDefaultAsync() is { } slug)
        {
            Forget(slug);
        }

        var deleted = await db.Set<Petition>().Where(p => p.Id == id).ExecuteDeleteAsync();
        return deleted == 1 ? ChangeResult.Ok(id) : ChangeResult.Fail("This petition does not exist.");
    }

    /// <summary>Posts an update; when asked, the mailer e-mails it to every confirmed signer who wants updates.</summary>
    public async Task<ChangeResult> PostUpdateAsync(int id, PetitionUpdateInput input)
    {
        if (string.IsNullOrWhiteSpace(input.TitleEn) || string.IsNullOrWhiteSpace(input.BodyEn))
        {
            return ChangeResult.Fail("An update needs a title and a text in English.");
        }

        if (!await db.Set<Petition>().AnyAsync(p => p.Id == id))
        {
            return ChangeResult.Fail("This petition does not exist.");
        }

        var update = new PetitionUpdate
        {
            PetitionId = id,
            PublishedAt = DateTime.SpecifyKind(input.PublishedAt, DateTimeKind.Utc),
            Title = LocalizedText.From(input.TitleEn, input.TitleEs),
            Body = LocalizedText.From(input.BodyEn, input.BodyEs),
            EmailStatus = input.EmailSigners ? UpdateEmailStatus.Sending : UpdateEmailStatus.NotEmailed,
        };
        db.Add(update);
        await db.SaveChangesAsync();
        if (input.EmailSigners)
        {
            mailer.Wake();
        }

        return ChangeResult.Ok(update.Id);
    }

    public async Task<ChangeResult> RemoveUpdateAsync(int id, int updateId)
    {
        var removed = await db.Set<PetitionUpdate>().Where(u => u.Id == updateId && u.PetitionId == id).ExecuteDeleteAsync();
        return removed == 1 ? ChangeResult.Ok(id) : ChangeResult.Fail("That update is not part of this petition.");
    }

    /// <summary>Every signature, oldest first, for the export and the delivery document; streamed, never all in memory.</summary>
    public IAsyncEnumerable<PetitionSignature> StreamSignaturesAsync(int id) =>
        db.Set<PetitionSignature>().AsNoTracking().Where(s => s.PetitionId == id).OrderBy(s => s.Id).AsAsyncEnumerable();

    /// <summary>Signatures per state for the delivery document; signatures whose ZIP code gave no single state are counted under null.</summary>
    public async Task<IReadOnlyList<(string? State, int Count)>> CountByStateAsync(int id) =>
        [.. (await db.Set<PetitionSignature>().Where(s => s.PetitionId == id)
            .GroupBy(s => s.State)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync())
            .Select(g => (g.Key, g.Count))];

    private void Forget(string slug) => signing.Forget(slug);

    private static void Apply(Petition petition, PetitionInput input)
    {
        petition.CampaignId = input.CampaignId;
        petition.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        petition.Target = LocalizedText.From(input.TargetEn, input.TargetEs);
        petition.Letter = LocalizedText.From(input.LetterEn, input.LetterEs);
        petition.Goal = input.Goal;
        petition.Deadline = input.Deadline;
        petition.Status = input.Status;
    }

    private async Task<ChangeResult?> ValidateAsync(PetitionInput input, int? id)
    {
        var slug = input.Slug?.Trim();
        if (!Slugs.IsValid(slug))
        {
            return ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(PetitionInput.Slug));
        }

        if (await db.Set<Petition>().AnyAsync(p => p.Slug == slug && p.Id != id))
        {
            return ChangeResult.Fail("Another petition already uses this address.", nameof(PetitionInput.Slug));
        }

        if (string.IsNullOrWhiteSpace(input.TitleEn) || string.IsNullOrWhiteSpace(input.TargetEn) || string.IsNullOrWhiteSpace(input.LetterEn))
        {
            return ChangeResult.Fail("A petition needs a title, a target and a letter in English.");
        }

        if (input.Goal < 1)
        {
            return ChangeResult.Fail("The goal must be at least 1 signature.", nameof(PetitionInput.Goal));
        }

        if (input.CampaignId is { } campaignId && await campaigns.FindAsync(campaignId) is null)
        {
            return ChangeResult.Fail("That campaign does not exist.", nameof(PetitionInput.CampaignId));
        }

        return null;
    }
}
