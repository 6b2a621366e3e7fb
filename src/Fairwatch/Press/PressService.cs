using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Search;
using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Press;

public sealed record ReleaseInput(
    string? Slug, string? TitleEn, string? TitleEs, string? SummaryEn, string? SummaryEs, string? BodyEn, string? BodyEs, DateTime? ReleasedOn);

public sealed record CoverageInput(string? Outlet, string? Headline, string? Language, DateTime? PublishedOn, string? Url);

public sealed record KitItemInput(string? TitleEn, string? TitleEs, string? DescriptionEn, string? DescriptionEs);

/// <summary>Everything the public press page shows.</summary>
public sealed record PressRoom(IReadOnlyList<PressRelease> Releases, IReadOnlyList<PressCoverage> Coverage, IReadOnlyList<MediaKitItem> Kit);

/// <summary>The press room: releases (drafts until published), coverage in the news, and the media kit.</summary>
public sealed class PressService(FairwatchDb db, TimeProvider clock, IOutputCacheStore cache, UploadService uploads) : ISearchSource
{
    /// <summary>What a media kit may hold: pictures and documents, each checked by its bytes.</summary>
    public static readonly IReadOnlyCollection<FileKind> KitKinds = [FileKind.Image, FileKind.Pdf];

    public async Task<PressRoom> PressRoomAsync(CancellationToken cancellationToken = default) => new(
        await Visible().OrderByDescending(r => r.ReleasedOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken),
        await ListCoverageAsync(cancellationToken),
        await ListKitAsync(cancellationToken));

    public Task<PressRelease?> FindVisibleAsync(string slug, CancellationToken cancellationToken = default) =>
        Visible().FirstOrDefaultAsync(r => r.Slug == slug, cancellationToken);

    /// <summary>Releases readers can see, newest first: for the sitemap.</summary>
    public async Task<IReadOnlyList<PressRelease>> ListVisibleAsync(CancellationToken cancellationToken = default) =>
        await Visible().OrderByDescending(r => r.ReleasedOn).ThenByDescending(r => r.Id).ToListAsync(cancellationToken);

    /// <summary>Visible releases whose title, summary or text holds every term, in either language.</summary>
    public async Task<IReadOnlyList<SearchCandidate>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var found = await Visible()
            .ContainingAll(r => r.Title.En + " " + (r.Title.Es ?? "") + " " + r.Summary.En + " " + (r.Summary.Es ?? "") + " " + r.Body.En + " " + (r.Body.Es ?? ""), query.Terms)
            .OrderByDescending(r => r.ReleasedOn).ThenByDescending(r => r.Id).Take(query.Limit)
            .ToListAsync(cancellationToken);
        return [.. found.Select(r => new SearchCandidate(
            SearchKinds.PressRelease, $"/press/{r.Slug}", r.Title, [r.Summary, Markdown.ToPlainText(r.Body)], r.ReleasedOn))];
    }

    public async Task<IReadOnlyList<PressRelease>> ListAllAsync() =>
        await db.Set<PressRelease>().AsNoTracking().OrderByDescending(r => r.ReleasedOn).ThenByDescending(r => r.Id).ToListAsync();

    public Task<PressRelease?> FindAsync(int id) => db.Set<PressRelease>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id);

    public async Task<ChangeResult> CreateAsync(ReleaseInput input)
    {
        var invalid = await ValidateAsync(input, null);
        if (invalid is not null)
        {
            return invalid;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var release = new PressRelease { Slug = "", CreatedAt = now, UpdatedAt = now };
        Apply(release, input);
        db.Add(release);
        await db.SaveChangesAsync();
        return ChangeResult.Ok(release.Id);
    }

    public async Task<ChangeResult> SaveAsync(int id, ReleaseInput input)
    {
        var release = await db.Set<PressRelease>().SingleOrDefaultAsync(r => r.Id == id);
        if (release is null)
        {
            return ChangeResult.Fail("This press release does not exist.");
        }

        var invalid = await ValidateAsync(input, id);
        if (invalid is not null)
        {
            return invalid;
        }

        if (release.IsPublished && string.IsNullOrWhiteSpace(input.BodyEn))
        {
            return ChangeResult.Fail("A published release needs its text in English.", nameof(ReleaseInput.BodyEn));
        }

        Apply(release, input);
        return await SaveAndEvictAsync(release);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var release = await db.Set<PressRelease>().SingleOrDefaultAsync(r => r.Id == id);
        if (release is null)
        {
            return ChangeResult.Fail("This press release does not exist.");
        }

        if (published && string.IsNullOrWhiteSpace(release.Body.En))
        {
            return ChangeResult.Fail("Write the text in English before you publish.");
        }

        release.IsPublished = published;
        return await SaveAndEvictAsync(release);
    }

    /// <summary>Deletes a draft and its PDF. A published release must be unpublished first, so nothing public vanishes by one click.</summary>
    public async Task<ChangeResult> DeleteAsync(int id)
    {
        var release = await db.Set<PressRelease>().SingleOrDefaultAsync(r => r.Id == id);
        if (release is null)
        {
            return ChangeResult.Fail("This press release does not exist.");
        }

        if (release.IsPublished)
        {
            return ChangeResult.Fail("Unpublish the release before you delete it.");
        }

        db.Remove(release);
        await uploads.SaveAndDeleteAsync(release.PdfFileId);
        return ChangeResult.Ok();
    }

    /// <summary>Attaches the release as a PDF (checked by its bytes), replacing any earlier one.</summary>
    public async Task<ChangeResult> AttachPdfAsync(int id, IFormFile? pdf)
    {
        var release = await db.Set<PressRelease>().SingleOrDefaultAsync(r => r.Id == id);
        if (release is null)
        {
            return ChangeResult.Fail("This press release does not exist.");
        }

        var uploaded = await uploads.AddAsync(pdf, FileKind.Pdf);
        if (!uploaded.Succeeded)
        {
            return ChangeResult.Fail(uploaded.Error!, "Pdf");
        }

        return await ReplacePdfAsync(release, uploaded.File);
    }

    public async Task<ChangeResult> RemovePdfAsync(int id)
    {
        var release = await db.Set<PressRelease>().SingleOrDefaultAsync(r => r.Id == id);
        return release is null ? ChangeResult.Fail("This press release does not exist.") : await ReplacePdfAsync(release, null);
    }

    /// <summary>Coverage, newest first.</summary>
    public async Task<IReadOnlyList<PressCoverage>> ListCoverageAsync(CancellationToken cancellationToken = default) =>
        await db.Set<PressCoverage>().AsNoTracking().OrderByDescending(c => c.PublishedOn).ThenByDescending(c => c.Id).ToListAsync(cancellationToken);

    public Task<PressCoverage?> FindCoverageAsync(int id) => db.Set<PressCoverage>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);

    public async Task<ChangeResult> AddCoverageAsync(CoverageInput input)
    {
        if (CheckCoverage(input) is [var problem, ..])
        {
            return problem;
        }

        var coverage = new PressCoverage { Outlet = "", Headline = "", Language = "", Url = "", CreatedAt = clock.GetUtcNow().UtcDateTime };
        Apply(coverage, input);
        db.Add(coverage);
        await SaveAndEvictAsync();
        return ChangeResult.Ok(coverage.Id);
    }

    public async Task<ChangeResult> SaveCoverageAsync(int id, CoverageInput input)
    {
        var coverage = await db.Set<PressCoverage>().SingleOrDefaultAsync(c => c.Id == id);
        if (coverage is null)
        {
            return ChangeResult.Fail("This item does not exist any more.");
        }

        if (CheckCoverage(input) is [var problem, ..])
        {
            return problem;
        }

        Apply(coverage, input);
        await SaveAndEvictAsync();
        return ChangeResult.Ok(id);
    }

    public async Task<ChangeResult> RemoveCoverageAsync(int id)
    {
        var removed = await db.Set<PressCoverage>().Where(c => c.Id == id).ExecuteDeleteAsync();
        if (removed == 0)
        {
            return ChangeResult.Fail("This item does not exist any more.");
        }

        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok();
    }

    /// <summary>Every problem with a coverage form, in the form's order, so that staff see them all at once.</summary>
    public static IReadOnlyList<ChangeResult> CheckCoverage(CoverageInput input)
    {
        var problems = new List<ChangeResult>();
        if (string.IsNullOrWhiteSpace(input.Outlet))
        {
            problems.Add(ChangeResult.Fail("Enter the name of the outlet.", nameof(CoverageInput.Outlet)));
        }

        if (string.IsNullOrWhiteSpace(input.Headline))
        {
            problems.Add(ChangeResult.Fail("Enter the headline.", nameof(CoverageInput.Headline)));
        }

        if (Cultures.Supported.All(c => c != input.Language))
        {
            problems.Add(ChangeResult.Fail("Choose the language of the headline.", nameof(CoverageInput.Language)));
        }

        if (input.PublishedOn is null)
        {
            problems.Add(ChangeResult.Fail("Enter the date it was published.", nameof(CoverageInput.PublishedOn)));
        }

        if (!Links.IsWebAddress(input.Url))
        {
            problems.Add(ChangeResult.Fail("The link must be a web address starting with https:// or http://.", nameof(CoverageInput.Url)));
        }

        return problems;
    }

    /// <summary>The media kit, in the order staff chose.</summary>
    public async Task<IReadOnlyList<MediaKitItem>> ListKitAsync(CancellationToken cancellationToken = default) =>
        await db.Set<MediaKitItem>().AsNoTracking().OrderBy(i => i.Position).ThenBy(i => i.Id).ToListAsync(cancellationToken);

    public Task<MediaKitItem?> FindKitItemAsync(int id) => db.Set<MediaKitItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);

    /// <summary>Adds an image or a PDF to the media kit, checked by its bytes and, for images, stripped of their metadata.</summary>
    public async Task<ChangeResult> AddKitItemAsync(KitItemInput input, IFormFile? file)
    {
        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            return ChangeResult.Fail("Give the file a title in English.", nameof(KitItemInput.TitleEn));
        }

        var uploaded = await uploads.AddAsync(file, KitKinds);
        if (!uploaded.Succeeded)
        {
            return ChangeResult.Fail(uploaded.Error!, "File");
        }

        var stored = uploaded.File!;
        var positions = await db.Set<MediaKitItem>().Select(i => i.Position).ToListAsync();
        var item = new MediaKitItem
        {
            Position = Positions.Next(positions),
            FileId = stored.Id,
            FileName = stored.FileName,
            Kind = stored.Kind,
            FileSize = stored.Size,
            Width = stored.Width,
            Height = stored.Height,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        Apply(item, input);
        db.Add(item);
        await SaveAndEvictAsync();
        return ChangeResult.Ok(item.Id);
    }

    public async Task<ChangeResult> SaveKitItemAsync(int id, KitItemInput input)
    {
        var item = await db.Set<MediaKitItem>().SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return ChangeResult.Fail("This item does not exist any more.");
        }

        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            return ChangeResult.Fail("Give the file a title in English.", nameof(KitItemInput.TitleEn));
        }

        Apply(item, input);
        await SaveAndEvictAsync();
        return ChangeResult.Ok(id);
    }

    public async Task<ChangeResult> MoveKitItemAsync(int id, bool up)
    {
        var items = await db.Set<MediaKitItem>().ToListAsync();
        if (!Positions.Move(items, i => i.Id == id, up, i => i.Position, (i, p) => i.Position = p))
        {
            return ChangeResult.Fail("This item does not exist any more.");
        }

        await SaveAndEvictAsync();
        return ChangeResult.Ok(id);
    }

    /// <summary>Removes the item and its file, which nothing else uses.</summary>
    public async Task<ChangeResult> RemoveKitItemAsync(int id)
    {
        var items = await db.Set<MediaKitItem>().ToListAsync();
        var item = items.SingleOrDefault(i => i.Id == id);
        if (item is null)
        {
            return ChangeResult.Fail("This item does not exist any more.");
        }

        db.Remove(item);
        items.Remove(item);
        Positions.Renumber(items, i => i.Position, (i, p) => i.Position = p);
        await uploads.SaveAndDeleteAsync(item.FileId);
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok();
    }

    private IQueryable<PressRelease> Visible()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<PressRelease>().AsNoTracking().Where(r => r.IsPublished && r.ReleasedOn <= now);
    }

    private async Task<ChangeResult?> ValidateAsync(ReleaseInput input, int? id)
    {
        var slug = SlugOf(input);
        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            return ChangeResult.Fail("Enter the title in English.", nameof(ReleaseInput.TitleEn));
        }

        if (!Slugs.IsValid(slug))
        {
            return ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(ReleaseInput.Slug));
        }

        if (await db.Set<PressRelease>().AnyAsync(r => r.Slug == slug && r.Id != id))
        {
            return ChangeResult.Fail("Another press release already uses this address.", nameof(ReleaseInput.Slug));
        }

        if (input.ReleasedOn is null)
        {
            return ChangeResult.Fail("Enter the date of the release.", nameof(ReleaseInput.ReleasedOn));
        }

        return null;
    }

    private static string SlugOf(ReleaseInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(input.TitleEn) : input.Slug.Trim();

    private static void Apply(PressRelease release, ReleaseInput input)
    {
        release.Slug = SlugOf(input);
        release.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        release.Summary = LocalizedText.From(input.SummaryEn, input.SummaryEs);
        release.Body = LocalizedText.From(input.BodyEn, input.BodyEs);
        release.ReleasedOn = DateTime.SpecifyKind(input.ReleasedOn!.Value.Date, DateTimeKind.Utc);
    }

    private static void Apply(PressCoverage coverage, CoverageInput input)
    {
        coverage.Outlet = input.Outlet!.Trim();
        coverage.Headline = input.Headline!.Trim();
        coverage.Language = input.Language!;
        coverage.PublishedOn = DateTime.SpecifyKind(input.PublishedOn!.Value.Date, DateTimeKind.Utc);
        coverage.Url = input.Url!.Trim();
    }

    private static void Apply(MediaKitItem item, KitItemInput input)
    {
        item.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        item.Description = LocalizedText.From(input.DescriptionEn, input.DescriptionEs);
    }

    private async Task<ChangeResult> ReplacePdfAsync(PressRelease release, StoredFile? pdf)
    {
        var previous = release.PdfFileId;
        release.PdfFileId = pdf?.Id;
        release.PdfFileName = pdf?.FileName;
        release.PdfFileSize = pdf?.Size;
        release.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await uploads.SaveAndDeleteAsync(previous);
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(release.Id);
    }

    private async Task<ChangeResult> SaveAndEvictAsync(PressRelease release)
    {
        release.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await SaveAndEvictAsync();
        return ChangeResult.Ok(release.Id);
    }

    private async Task SaveAndEvictAsync()
    {
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
    }
}
