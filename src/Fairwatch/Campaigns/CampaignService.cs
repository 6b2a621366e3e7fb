using Fairwatch.Data;
using Fairwatch.Search;
using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Campaigns;

public sealed record CampaignInput(
    string Slug, string TitleEn, string? TitleEs, string CallEn, string? CallEs, string? AboutEn, string? AboutEs, CampaignStatus Status);

public sealed record UpdateInput(DateTime PublishedAt, string TitleEn, string? TitleEs, string BodyEn, string? BodyEs);

public sealed record FigureInput(string LabelEn, string? LabelEs, long Value, DateTime AsOf);

public sealed record StepInput(string TitleEn, string? TitleEs, string? DescriptionEn, string? DescriptionEs, string Url);

/// <summary>What went wrong, in English (the page translates it), and which field it concerns.</summary>
public sealed record ChangeResult(bool Succeeded, string? Error = null, string? Field = null, int? Id = null)
{
    public static ChangeResult Ok(int? id = null) => new(true, Id: id);

    public static ChangeResult Fail(string error, string? field = null) => new(false, error, field);
}

/// <summary>Campaign use cases for the public site and for campaign staff.</summary>
public sealed class CampaignService(FairwatchDb db, TimeProvider clock, IOutputCacheStore cache, UploadService uploads) : ISearchSource
{
    /// <summary>Output-cache tag of every public page that shows campaign content.</summary>
    public const string CacheTag = "campaigns";

    /// <summary>
    /// Updates on the campaign page and in its feed. A campaign can run for years; the rest are on
    /// the paged /campaigns/{slug}/updates, so the page stays light on a cheap phone.
    /// </summary>
    public const int NewestUpdates = 10;

    public async Task<IReadOnlyList<Campaign>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Campaign>().AsNoTracking()
            .Where(c => c.IsPublished)
            .OrderBy(c => c.Status).ThenByDescending(c => c.PublishedAt)
            .ToListAsync(cancellationToken);

    /// <summary>The public campaign with its <see cref="NewestUpdates"/> newest updates.</summary>
    public Task<Campaign?> FindPublishedAsync(string slug, CancellationToken cancellationToken = default) =>
        WithEverything(NewestUpdates).FirstOrDefaultAsync(c => c.Slug == slug && c.IsPublished, cancellationToken);

    /// <summary>The campaign alone, for pages that only name it.</summary>
    public Task<Campaign?> FindPublishedHeaderAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug && c.IsPublished, cancellationToken);

    /// <summary>The campaign alone, by id, for pages of other features that link to it.</summary>
    public Task<Campaign?> FindPublishedHeaderAsync(int id, CancellationToken cancellationToken = default) =>
        db.Set<Campaign>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.IsPublished, cancellationToken);

    public Task<int> CountUpdatesAsync(int campaignId, CancellationToken cancellationToken = default) =>
        db.Set<CampaignUpdate>().CountAsync(u => u.CampaignId == campaignId, cancellationToken);

    /// <summary>One page of updates, newest first.</summary>
    public async Task<IReadOnlyList<CampaignUpdate>> ListUpdatesAsync(int campaignId, int skip, int take, CancellationToken cancellationToken = default) =>
        await db.Set<CampaignUpdate>().AsNoTracking()
            .Where(u => u.CampaignId == campaignId)
            .OrderByDescending(u => u.PublishedAt).ThenByDescending(u => u.Id)
            .Skip(skip).Take(take)
            .ToListAsync(cancellationToken);

    /// <summary>Published campaigns whose title, call or story holds every term, in either language.</summary>
    public async Task<IReadOnlyList<SearchCandidate>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var found = await db.Set<Campaign>().AsNoTracking().Where(c => c.IsPublished)
            .ContainingAll(c => c.Title.En + " " + (c.Title.Es ?? "") + " " + c.Call.En + " " + (c.Call.Es ?? "") + " " + c.About.En + " " + (c.About.Es ?? ""), query.Terms)
            .OrderByDescending(c => c.PublishedAt).Take(query.Limit)
            .ToListAsync(cancellationToken);
        return [.. found.Select(c => new SearchCandidate(
            SearchKinds.Campaign, $"/campaigns/{c.Slug}", c.Title, [c.Call, Markdown.ToPlainText(c.About)], c.PublishedAt ?? c.UpdatedAt))];
    }

    public async Task<IReadOnlyList<Campaign>> ListAllAsync() =>
        await db.Set<Campaign>().AsNoTracking().OrderByDescending(c => c.UpdatedAt).ToListAsync();

    public Task<Campaign?> FindAsync(int id) => WithEverything().FirstOrDefaultAsync(c => c.Id == id);

    public async Task<ChangeResult> CreateAsync(CampaignInput input)
    {
        var invalid = await ValidateAsync(input, null);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var campaign = new Campaign { Slug = input.Slug.Trim(), CreatedAt = now, UpdatedAt = now };
        Apply(campaign, input);
        db.Add(campaign);
        await db.SaveChangesAsync();
        return ChangeResult.Ok(campaign.Id);
    }

    public async Task<ChangeResult> SaveAsync(int id, CampaignInput input)
    {
        var campaign = await db.Set<Campaign>().SingleOrDefaultAsync(c => c.Id == id);
        if (campaign is null)
        {
            return ChangeResult.Fail("This campaign does not exist.");
        }

        var invalid = await ValidateAsync(input, id);
        if (invalid is not null)
        {
            return invalid;
        }

        campaign.Slug = input.Slug.Trim();
        Apply(campaign, input);
        return await SaveAndEvictAsync(campaign);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var campaign = await db.Set<Campaign>().SingleOrDefaultAsync(c => c.Id == id);
        if (campaign is null)
        {
            return ChangeResult.Fail("This campaign does not exist.");
        }

        campaign.IsPublished = published;
        campaign.PublishedAt = published ? campaign.PublishedAt ?? clock.GetUtcNow().UtcDateTime : campaign.PublishedAt;
        return await SaveAndEvictAsync(campaign);
    }

    public Task<ChangeResult> AddUpdateAsync(int id, UpdateInput input) => AddChildAsync(id, campaign =>
    {
        if (string.IsNullOrWhiteSpace(input.TitleEn) || string.IsNullOrWhiteSpace(input.BodyEn))
        {
            return ChangeResult.Fail("An update needs a title and a text in English.");
        }

        campaign.Updates.Add(new CampaignUpdate
        {
            PublishedAt = DateTime.SpecifyKind(input.PublishedAt, DateTimeKind.Utc),
            Title = LocalizedText.From(input.TitleEn, input.TitleEs),
            Body = LocalizedText.From(input.BodyEn, input.BodyEs),
        });
        return null;
    });

    public async Task<ChangeResult> AddPartnerAsync(int id, string name, string? url, IFormFile? logo = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ChangeResult.Fail("Enter the partner's name.");
        }

        if (!string.IsNullOrWhiteSpace(url) && !Links.IsWebAddress(url))
        {
            return ChangeResult.Fail("A partner's link must be a web address starting with https:// or http://.");
        }

        StoredFile? logoFile = null;
        if (logo is { Length: > 0 })
        {
            var uploaded = await uploads.AddAsync(logo, FileKind.Image);
            if (!uploaded.Succeeded)
            {
                return ChangeResult.Fail(uploaded.Error!, "Logo");
            }

            logoFile = uploaded.File;
        }

        return await AddChildAsync(id, campaign =>
        {
            campaign.Partners.Add(new CampaignPartner
            {
                Name = name.Trim(),
                Url = NullIfEmpty(url),
                Position = Positions.Next(campaign.Partners.Select(p => p.Position)),
                LogoFileId = logoFile?.Id,
                LogoFileName = logoFile?.FileName,
            });
            return null;
        });
    }

    public async Task<ChangeResult> AddReportAsync(int id, string titleEn, string? titleEs, DateTime publishedAt, IFormFile? pdf)
    {
        if (string.IsNullOrWhiteSpace(titleEn))
        {
            return ChangeResult.Fail("A report needs a title in English.");
        }

        var uploaded = await uploads.AddAsync(pdf, FileKind.Pdf);
        if (!uploaded.Succeeded)
        {
            return ChangeResult.Fail(uploaded.Error!, "File");
        }

        var file = uploaded.File!;
        return await AddChildAsync(id, campaign =>
        {
            campaign.Reports.Add(new CampaignReport
            {
                Title = LocalizedText.From(titleEn, titleEs),
                PublishedAt = DateTime.SpecifyKind(publishedAt.Date, DateTimeKind.Utc),
                FileId = file.Id,
                FileName = file.FileName,
                FileSize = file.Size,
            });
            return null;
        });
    }

    public Task<ChangeResult> AddFigureAsync(int id, FigureInput input) => AddChildAsync(id, campaign =>
    {
        if (string.IsNullOrWhiteSpace(input.LabelEn))
        {
            return ChangeResult.Fail("A figure needs a label in English.");
        }

        if (input.Value < 0)
        {
            return ChangeResult.Fail("A figure cannot be negative.");
        }

        campaign.Figures.Add(new ImpactFigure
        {
            Label = LocalizedText.From(input.LabelEn, input.LabelEs),
            Value = input.Value,
            AsOf = DateTime.SpecifyKind(input.AsOf.Date, DateTimeKind.Utc),
            Position = Positions.Next(campaign.Figures.Select(f => f.Position)),
        });
        return null;
    });

    public Task<ChangeResult> AddStepAsync(int id, StepInput input) => AddChildAsync(id, campaign =>
    {
        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            return ChangeResult.Fail("A step needs a title in English.");
        }

        if (!Links.IsSiteAddress(input.Url) && !Links.IsWebAddress(input.Url))
        {
            return ChangeResult.Fail("A step links to a page of this site (starting with /) or a web address starting with https://.");
        }

        campaign.Ladder.Add(new LadderStep
        {
            Title = LocalizedText.From(input.TitleEn, input.TitleEs),
            Description = LocalizedText.From(input.DescriptionEn, input.DescriptionEs),
            Url = input.Url.Trim(),
            Position = Positions.Next(campaign.Ladder.Select(s => s.Position)),
        });
        return null;
    });

    /// <summary>Moves a ladder step one place up or down.</summary>
    public async Task<ChangeResult> MoveStepAsync(int id, int stepId, bool up)
    {
        var campaign = await db.Set<Campaign>().Include(c => c.Ladder).SingleOrDefaultAsync(c => c.Id == id);
        if (campaign is null)
        {
            return ChangeResult.Fail("This campaign does not exist.");
        }

        var ordered = campaign.Ladder.OrderBy(s => s.Position).ToList();
        var index = ordered.FindIndex(s => s.Id == stepId);
        var other = up ? index - 1 : index + 1;
        if (index >= 0 && other >= 0 && other < ordered.Count)
        {
            (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
            for (var i = 0; i < ordered.Count; i++)
            {
                ordered[i].Position = i + 1;
            }
        }

        return await SaveAndEvictAsync(campaign);
    }

    public async Task<ChangeResult> RemoveAsync<T>(int id, int childId)
        where T : class
    {
        var campaign = await db.Set<Campaign>().SingleOrDefaultAsync(c => c.Id == id);
        var child = await db.Set<T>().FindAsync(childId);
        if (campaign is null || child is null || db.Entry(child).Property<int>("CampaignId").CurrentValue != id)
        {
            return ChangeResult.Fail("That item is not part of this campaign.");
        }

        db.Remove(child);
        // A report's PDF and a partner's logo belong to nothing else.
        var file = child switch
        {
            CampaignReport report => report.FileId,
            CampaignPartner { LogoFileId: { } logo } => logo,
            _ => (Guid?)null,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await SaveAndEvictAsync(campaign);
        if (file is not null)
        {
            await db.Set<StoredFile>().Where(f => f.Id == file).ExecuteDeleteAsync();
        }

        await transaction.CommitAsync();
        // Again after the commit, so that no page cached in between shows the removed item.
        await cache.EvictByTagAsync(CacheTag, CancellationToken.None);
        return result;
    }

    private IQueryable<Campaign> WithEverything(int newestUpdates = int.MaxValue) => db.Set<Campaign>().AsNoTracking().AsSplitQuery()
        .Include(c => c.Updates.OrderByDescending(u => u.PublishedAt).ThenByDescending(u => u.Id).Take(newestUpdates))
        .Include(c => c.Partners.OrderBy(p => p.Position))
        .Include(c => c.Figures.OrderBy(f => f.Position))
        .Include(c => c.Ladder.OrderBy(s => s.Position))
        .Include(c => c.Reports.OrderByDescending(r => r.PublishedAt));

    private async Task<ChangeResult> AddChildAsync(int id, Func<Campaign, ChangeResult?> add)
    {
        var campaign = await db.Set<Campaign>()
            .Include(c => c.Partners).Include(c => c.Figures).Include(c => c.Ladder)
            .AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id);
        if (campaign is null)
        {
            // An upload added for this change must not be saved with some later one.
            db.ChangeTracker.Clear();
            return ChangeResult.Fail("This campaign does not exist.");
        }

        return add(campaign) ?? await SaveAndEvictAsync(campaign);
    }

    private async Task<ChangeResult> SaveAndEvictAsync(Campaign campaign)
    {
        campaign.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CacheTag, CancellationToken.None);
        return ChangeResult.Ok(campaign.Id);
    }

    private async Task<ChangeResult?> ValidateAsync(CampaignInput input, int? id)
    {
        var slug = input.Slug.Trim();
        if (!Slugs.IsValid(slug))
        {
            return ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(CampaignInput.Slug));
        }

        if (await db.Set<Campaign>().AnyAsync(c => c.Slug == slug && c.Id != id))
        {
            return ChangeResult.Fail("Another campaign already uses this address.", nameof(CampaignInput.Slug));
        }

        if (string.IsNullOrWhiteSpace(input.TitleEn) || string.IsNullOrWhiteSpace(input.CallEn))
        {
            return ChangeResult.Fail("A campaign needs a title and a call in English.");
        }

        return null;
    }

    private static void Apply(Campaign campaign, CampaignInput input)
    {
        campaign.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        campaign.Call = LocalizedText.From(input.CallEn, input.CallEs);
        campaign.About = LocalizedText.From(input.AboutEn, input.AboutEs);
        campaign.Status = input.Status;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
