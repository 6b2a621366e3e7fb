using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Pledges;

public sealed record PledgeInput(string Slug, int? CampaignId, string TitleEn, string? TitleEs, string TextEn, string? TextEs);

/// <summary>What the public may know of a featured ally: first name, city and message; never the e-mail address.</summary>
public sealed record PublicAlly(string FirstName, string City, string? Message);

/// <summary>A page of a pledge's allies for staff, newest first.</summary>
public sealed record AllyPage(IReadOnlyList<PledgeAlly> Allies, int Page, int PageCount);

/// <summary>Pledges for the public site and for campaign staff. Taking a pledge goes through <see cref="PledgeTaking"/>.</summary>
public sealed class PledgeService(FairwatchDb db, TimeProvider clock, IOutputCacheStore cache, CampaignService campaigns)
{
    /// <summary>Featured allies on the home page.</summary>
    public const int FeaturedShown = 6;

    public const int AlliesPerPage = 100;

    /// <summary>The public pledge with its counter (one narrow row: the exact count, read on every view).</summary>
    public Task<Pledge?> FindPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Pledge>().AsNoTracking().Include(p => p.Counter).FirstOrDefaultAsync(p => p.Slug == slug && p.IsPublished, cancellationToken);

    /// <summary>
    /// The newest allies staff approved for the home page, of published pledges: first name, city
    /// and message only. The home page is output-cached; every change here evicts it.
    /// </summary>
    public async Task<IReadOnlyList<PublicAlly>> ListFeaturedAsync(CancellationToken cancellationToken = default) =>
        [.. (await db.Set<PledgeAlly>().AsNoTracking()
            .Where(a => a.FeaturedAt != null && a.WantsFeature)
            .Join(db.Set<Pledge>().Where(p => p.IsPublished), a => a.PledgeId, p => p.Id, (a, p) => a)
            .OrderByDescending(a => a.FeaturedAt).ThenByDescending(a => a.Id)
            .Take(FeaturedShown)
            .Select(a => new { a.Name, a.City, a.Message })
            .ToListAsync(cancellationToken))
            .Select(a => new PublicAlly(PledgeAlly.FirstName(a.Name), a.City, a.Message))];

    public async Task<IReadOnlyList<Pledge>> ListAllAsync() =>
        await db.Set<Pledge>().AsNoTracking().Include(p => p.Counter).OrderByDescending(p => p.UpdatedAt).ToListAsync();

    public Task<Pledge?> FindAsync(int id) =>
        db.Set<Pledge>().AsNoTracking().Include(p => p.Counter).FirstOrDefaultAsync(p => p.Id == id);

    public async Task<AllyPage> ListAlliesAsync(int pledgeId, int page)
    {
        var count = await db.Set<PledgeAlly>().CountAsync(a => a.PledgeId == pledgeId);
        var pageCount = Math.Max(1, (count + AlliesPerPage - 1) / AlliesPerPage);
        page = Math.Clamp(page, 1, pageCount);
        var allies = await db.Set<PledgeAlly>().AsNoTracking()
            .Where(a => a.PledgeId == pledgeId)
            .OrderByDescending(a => a.Id)
            .Skip((page - 1) * AlliesPerPage).Take(AlliesPerPage)
            .ToListAsync();
        return new AllyPage(allies, page, pageCount);
    }

    /// <summary>Every ally, oldest first, for the export; streamed, never all in memory.</summary>
    public IAsyncEnumerable<PledgeAlly> StreamAlliesAsync(int pledgeId) =>
        db.Set<PledgeAlly>().AsNoTracking().Where(a => a.PledgeId == pledgeId).OrderBy(a => a.Id).AsAsyncEnumerable();

    public async Task<ChangeResult> CreateAsync(PledgeInput input)
    {
        var invalid = await ValidateAsync(input, null);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var pledge = new Pledge { Slug = input.Slug.Trim(), CreatedAt = now, UpdatedAt = now, Counter = new PledgeCounter() };
        Apply(pledge, input);
        db.Add(pledge);
        await db.SaveChangesAsync();
        return ChangeResult.Ok(pledge.Id);
    }

    public async Task<ChangeResult> SaveAsync(int id, PledgeInput input)
    {
        var pledge = await db.Set<Pledge>().SingleOrDefaultAsync(p => p.Id == id);
        if (pledge is null)
        {
            return ChangeResult.Fail("This pledge does not exist.");
        }

        var invalid = await ValidateAsync(input, id);
        if (invalid is not null)
        {
            return invalid;
        }

        pledge.Slug = input.Slug.Trim();
        Apply(pledge, input);
        pledge.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        return ChangeResult.Ok(id);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var pledge = await db.Set<Pledge>().SingleOrDefaultAsync(p => p.Id == id);
        if (pledge is null)
        {
            return ChangeResult.Fail("This pledge does not exist.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        pledge.IsPublished = published;
        pledge.PublishedAt = published ? pledge.PublishedAt ?? now : pledge.PublishedAt;
        pledge.UpdatedAt = now;
        await db.SaveChangesAsync();
        // Its featured allies appear on, or leave, the home page.
        await EvictAsync();
        return ChangeResult.Ok(id);
    }

    /// <summary>Deletes the pledge with every ally: the people who pledged leave no data behind.</summary>
    public async Task<ChangeResult> DeleteAsync(int id)
    {
        var deleted = await db.Set<Pledge>().Where(p => p.Id == id).ExecuteDeleteAsync();
        await EvictAsync();
        return deleted == 1 ? ChangeResult.Ok(id) : ChangeResult.Fail("This pledge does not exist.");
    }

    /// <summary>Shows the ally on the home page, or stops showing them. Only allies who asked to be featured can be.</summary>
    public async Task<ChangeResult> SetFeaturedAsync(int pledgeId, long allyId, bool featured)
    {
        var ally = await db.Set<PledgeAlly>().SingleOrDefaultAsync(a => a.Id == allyId && a.PledgeId == pledgeId);
        if (ally is null)
        {
            return ChangeResult.Fail("That ally is not part of this pledge.");
        }

        if (featured && !ally.WantsFeature)
        {
            return ChangeResult.Fail("This ally did not ask to be featured, so they cannot be.");
        }

        ally.FeaturedAt = featured ? ally.FeaturedAt ?? clock.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync();
        await EvictAsync();
        return ChangeResult.Ok(pledgeId);
    }

    private async Task EvictAsync() => await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);

    private static void Apply(Pledge pledge, PledgeInput input)
    {
        pledge.CampaignId = input.CampaignId;
        pledge.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        pledge.Text = LocalizedText.From(input.TextEn, input.TextEs);
    }

    private async Task<ChangeResult?> ValidateAsync(PledgeInput input, int? id)
    {
        var slug = input.Slug?.Trim();
        if (!Slugs.IsValid(slug))
        {
            return ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(PledgeInput.Slug));
        }

        if (await db.Set<Pledge>().AnyAsync(p => p.Slug == slug && p.Id != id))
        {
            return ChangeResult.Fail("Another pledge already uses this address.", nameof(PledgeInput.Slug));
        }

        if (string.IsNullOrWhiteSpace(input.TitleEn) || string.IsNullOrWhiteSpace(input.TextEn))
        {
            return ChangeResult.Fail("A pledge needs a title and a text in English.");
        }

        if (input.CampaignId is { } campaignId && await campaigns.FindAsync(campaignId) is null)
        {
            return ChangeResult.Fail("That campaign does not exist.", nameof(PledgeInput.CampaignId));
        }

        return null;
    }
}
