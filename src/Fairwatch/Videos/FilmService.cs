using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Search;
using Fairwatch.Uploads;
using Fairwatch.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Videos;

/// <summary>What staff type into the film form; validated by <see cref="FilmService"/>.</summary>
public sealed record FilmInput
{
    /// <summary>Empty: made from the English title.</summary>
    public string? Slug { get; init; }

    public int? CampaignId { get; init; }

    /// <summary>Empty: after the campaign's other films.</summary>
    public int? Position { get; init; }

    public string? TitleEn { get; init; }

    public string? TitleEs { get; init; }

    public DateOnly? MadeOn { get; init; }

    /// <summary>m:ss or h:mm:ss.</summary>
    public string? Length { get; init; }

    /// <summary>The film's address on YouTube or Vimeo.</summary>
    public string? VideoAddress { get; init; }

    public string? MadeByEn { get; init; }

    public string? MadeByEs { get; init; }

    public string? LocationEn { get; init; }

    public string? LocationEs { get; init; }

    public string? GoalEn { get; init; }

    public string? GoalEs { get; init; }

    public string? AudienceEn { get; init; }

    public string? AudienceEs { get; init; }

    public string? MessageEn { get; init; }

    public string? MessageEs { get; init; }

    public string? ContentNotesEn { get; init; }

    public string? ContentNotesEs { get; init; }

    public string? TranscriptEn { get; init; }

    public string? TranscriptEs { get; init; }

    public string? CaptionsUrl { get; init; }

    public IReadOnlyList<int> IssueIds { get; init; } = [];
}

/// <summary>A published film, its published campaign when it has one, its published comments and the ways to get it.</summary>
public sealed record FilmPage(Film Film, Campaign? Campaign, PublishedComments Comments, IReadOnlyList<FilmOffer> Offers);

/// <summary>The video library: films and their issue tags, for visitors and for campaign staff.</summary>
public sealed class FilmService(
    FairwatchDb db, CampaignService campaigns, TimeProvider clock, IOutputCacheStore cache, CommentService comments, UploadService uploads)
    : ISearchSource
{
    public async Task<IReadOnlyList<Film>> ListPublishedAsync(string? issueSlug = null, int? campaignId = null, CancellationToken cancellationToken = default)
    {
        var films = db.Set<Film>().AsNoTracking().Where(f => f.IsPublished);
        if (issueSlug is not null)
        {
            films = films.Where(f => f.Issues.Any(i => i.Slug == issueSlug));
        }

        if (campaignId is not null)
        {
            films = films.Where(f => f.CampaignId == campaignId);
        }

        return await films.Include(f => f.Issues)
            .OrderByDescending(f => f.MadeOn).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The first <paramref name="take"/> films of a campaign, in the campaign's order.</summary>
    public async Task<IReadOnlyList<Film>> ListPublishedForCampaignAsync(int campaignId, int take = int.MaxValue, CancellationToken cancellationToken = default) =>
        await db.Set<Film>().AsNoTracking()
            .Where(f => f.IsPublished && f.CampaignId == campaignId)
            .Include(f => f.Issues)
            .OrderBy(f => f.Position).ThenBy(f => f.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

    public Task<int> CountPublishedForCampaignAsync(int campaignId, CancellationToken cancellationToken = default) =>
        db.Set<Film>().CountAsync(f => f.IsPublished && f.CampaignId == campaignId, cancellationToken);

    /// <summary>A published film's page with one page of its comments; null when either does not exist.</summary>
    public async Task<FilmPage?> FindPublishedAsync(string slug, int commentPage = 1, CancellationToken cancellationToken = default)
    {
        var film = await db.Set<Film>().AsNoTracking().Include(f => f.Issues)
            .FirstOrDefaultAsync(f => f.Slug == slug && f.IsPublished, cancellationToken);
        if (film is null)
        {
            return null;
        }

        // A film may be public while its campaign is still being prepared; then it shows no campaign.
        var campaign = film.CampaignId is int id
            ? (await campaigns.ListPublishedAsync(cancellationToken)).FirstOrDefault(c => c.Id == id)
            : null;
        var published = await comments.ListPublishedAsync(CommentTargets.Film, film.Id, commentPage, cancellationToken);
        if (published is null)
        {
            return null;
        }

        var offers = await db.Set<FilmOffer>().AsNoTracking().Where(o => o.FilmId == film.Id)
            .OrderBy(o => o.Position).ThenBy(o => o.Id).ToListAsync(cancellationToken);
        return new FilmPage(film, campaign, published, offers);
    }

    /// <summary>Published films whose facts or transcript hold every term, in either language.</summary>
    public async Task<IReadOnlyList<SearchCandidate>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var found = await db.Set<Film>().AsNoTracking().Where(f => f.IsPublished)
            .ContainingAll(
                f => f.Title.En + " " + (f.Title.Es ?? "") + " " + f.Message.En + " " + (f.Message.Es ?? "") + " " + f.Goal.En + " " + (f.Goal.Es ?? "")
                    + " " + f.Audience.En + " " + (f.Audience.Es ?? "") + " " + f.MadeBy.En + " " + (f.MadeBy.Es ?? "") + " " + f.Location.En + " " + (f.Location.Es ?? "")
                    + " " + f.ContentNotes.En + " " + (f.ContentNotes.Es ?? "") + " " + f.Transcript.En + " " + (f.Transcript.Es ?? ""),
                query.Terms)
            .OrderByDescending(f => f.MadeOn).Take(query.Limit)
            .ToListAsync(cancellationToken);
        return [.. found.Select(f => new SearchCandidate(
            SearchKinds.Film,
            $"/films/{f.Slug}",
            f.Title,
            [f.Message, f.Goal, f.ContentNotes, f.Audience, f.MadeBy, f.Location, Markdown.ToPlainText(f.Transcript)],
            f.MadeOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)))];
    }

    /// <summary>A published film by its address, without the rest of its page: for the comment form.</summary>
    public Task<Film?> FindVisibleAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<Film>().AsNoTracking().FirstOrDefaultAsync(f => f.Slug == slug && f.IsPublished, cancellationToken);

    /// <summary>The issues at least one published film is tagged with: the filter visitors see.</summary>
    public async Task<IReadOnlyList<FilmIssue>> ListIssuesInUseAsync(CancellationToken cancellationToken = default) =>
        await db.Set<FilmIssue>().AsNoTracking()
            .Where(i => db.Set<Film>().Any(f => f.IsPublished && f.Issues.Any(t => t.Id == i.Id)))
            .ToListAsync(cancellationToken);

    public Task<FilmIssue?> FindIssueAsync(string slug, CancellationToken cancellationToken = default) =>
        db.Set<FilmIssue>().AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);

    public async Task<IReadOnlyList<Film>> ListAllAsync() =>
        await db.Set<Film>().AsNoTracking()
            .OrderBy(f => f.CampaignId == null).ThenBy(f => f.CampaignId).ThenBy(f => f.Position).ThenBy(f => f.Id)
            .ToListAsync();

    public Task<Film?> FindAsync(int id) =>
        db.Set<Film>().AsNoTracking().Include(f => f.Issues).FirstOrDefaultAsync(f => f.Id == id);

    public async Task<IReadOnlyList<FilmIssue>> ListIssuesAsync() =>
        await db.Set<FilmIssue>().AsNoTracking().OrderBy(i => i.Slug).ToListAsync();

    public async Task<ChangeResult> CreateAsync(FilmInput input)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var film = new Film { Slug = "", VideoId = "", CreatedAt = now };
        var invalid = await ApplyAsync(film, input);
        if (invalid is not null)
        {
            return invalid;
        }

        db.Add(film);
        await PlaceAsync(film, input.Position);
        return await SaveAndEvictAsync(film);
    }

    public async Task<ChangeResult> SaveAsync(int id, FilmInput input)
    {
        var film = await db.Set<Film>().Include(f => f.Issues).SingleOrDefaultAsync(f => f.Id == id);
        if (film is null)
        {
            return ChangeResult.Fail("This film does not exist.");
        }

        var previousCampaign = film.CampaignId;
        var invalid = await ApplyAsync(film, input);
        if (invalid is not null)
        {
            return invalid;
        }

        await PlaceAsync(film, input.Position);
        if (previousCampaign != film.CampaignId)
        {
            await RenumberAsync(previousCampaign, film.Id);
        }

        return await SaveAndEvictAsync(film);
    }

    public async Task<ChangeResult> SetPublishedAsync(int id, bool published)
    {
        var film = await db.Set<Film>().SingleOrDefaultAsync(f => f.Id == id);
        if (film is null)
        {
            return ChangeResult.Fail("This film does not exist.");
        }

        film.IsPublished = published;
        film.PublishedAt = published ? film.PublishedAt ?? clock.GetUtcNow().UtcDateTime : film.PublishedAt;
        return await SaveAndEvictAsync(film);
    }

    public async Task<ChangeResult> DeleteAsync(int id)
    {
        var film = await db.Set<Film>().SingleOrDefaultAsync(f => f.Id == id);
        if (film is null)
        {
            return ChangeResult.Fail("This film does not exist.");
        }

        db.Remove(film);
        await RenumberAsync(film.CampaignId, film.Id);
        // Its offers go with it (cascade); its poster and comments belong to nothing else.
        await uploads.SaveAndDeleteAsync(film.PosterFileId);
        await comments.DeleteForTargetAsync(CommentTargets.Film, id);
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(id);
    }

    /// <summary>Uses an uploaded image (checked, stripped of its metadata) as the film's poster, replacing any earlier one.</summary>
    public async Task<ChangeResult> SetPosterAsync(int id, IFormFile? poster)
    {
        var film = await db.Set<Film>().SingleOrDefaultAsync(f => f.Id == id);
        if (film is null)
        {
            return ChangeResult.Fail("This film does not exist.");
        }

        var uploaded = await uploads.AddAsync(poster, FileKind.Image);
        if (!uploaded.Succeeded)
        {
            return ChangeResult.Fail(uploaded.Error!, "Poster");
        }

        return await ReplacePosterAsync(film, uploaded.File);
    }

    /// <summary>Goes back to the poster Fairwatch draws from the title.</summary>
    public async Task<ChangeResult> RemovePosterAsync(int id)
    {
        var film = await db.Set<Film>().SingleOrDefaultAsync(f => f.Id == id);
        return film is null ? ChangeResult.Fail("This film does not exist.") : await ReplacePosterAsync(film, null);
    }

    public async Task<ChangeResult> AddIssueAsync(string? nameEn, string? nameEs)
    {
        if (string.IsNullOrWhiteSpace(nameEn))
        {
            return ChangeResult.Fail("An issue needs a name in English.", "NameEn");
        }

        var slug = Slugs.From(nameEn);
        if (slug.Length < 2)
        {
            return ChangeResult.Fail("An issue's English name needs at least two letters or digits.", "NameEn");
        }

        if (await db.Set<FilmIssue>().AnyAsync(i => i.Slug == slug))
        {
            return ChangeResult.Fail("There is already an issue with this name.", "NameEn");
        }

        var issue = new FilmIssue { Slug = slug, Name = LocalizedText.From(nameEn, nameEs) };
        db.Add(issue);
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(issue.Id);
    }

    /// <summary>Changes an issue's names; its address stays, so filter links already shared keep working.</summary>
    public async Task<ChangeResult> RenameIssueAsync(int id, string? nameEn, string? nameEs)
    {
        var issue = await db.Set<FilmIssue>().SingleOrDefaultAsync(i => i.Id == id);
        if (issue is null)
        {
            return ChangeResult.Fail("This issue does not exist.");
        }

        if (string.IsNullOrWhiteSpace(nameEn))
        {
            return ChangeResult.Fail("An issue needs a name in English.");
        }

        issue.Name = LocalizedText.From(nameEn, nameEs);
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(id);
    }

    /// <summary>Removes the issue and its tag from every film; the films stay.</summary>
    public async Task<ChangeResult> RemoveIssueAsync(int id)
    {
        var removed = await db.Set<FilmIssue>().Where(i => i.Id == id).ExecuteDeleteAsync();
        if (removed == 0)
        {
            return ChangeResult.Fail("This issue does not exist.");
        }

        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(id);
    }

    /// <summary>
    /// Every problem with the fields that can be judged on their own, in the form's order, so that
    /// a form can show them all at once instead of one per attempt.
    /// </summary>
    public IReadOnlyList<ChangeResult> CheckFields(FilmInput input)
    {
        var problems = new List<ChangeResult>();
        if (string.IsNullOrWhiteSpace(input.TitleEn))
        {
            problems.Add(ChangeResult.Fail("A film needs a title in English.", nameof(FilmInput.TitleEn)));
        }

        // An address made from a missing title is the title's problem, not the address's.
        if (!string.IsNullOrWhiteSpace(input.Slug) || !string.IsNullOrWhiteSpace(input.TitleEn))
        {
            if (!Slugs.IsValid(SlugOf(input)))
            {
                problems.Add(ChangeResult.Fail("The address may use only lower-case letters, digits and hyphens (3 to 80 characters).", nameof(FilmInput.Slug)));
            }
        }

        if (!VideoLink.TryParse(input.VideoAddress, out _, out var videoProblem))
        {
            problems.Add(VideoProblem(videoProblem));
        }

        if (input.MadeOn is not DateOnly madeOn)
        {
            problems.Add(ChangeResult.Fail("Enter the date the film was made.", nameof(FilmInput.MadeOn)));
        }
        else if (madeOn > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1) || madeOn.Year < 1900)
        {
            problems.Add(ChangeResult.Fail("The date the film was made must be between 1900 and today.", nameof(FilmInput.MadeOn)));
        }

        if (!FilmLength.TryParse(input.Length, out _))
        {
            problems.Add(ChangeResult.Fail("Enter the length as minutes and seconds, such as 5:22, or as hours, minutes and seconds, such as 1:04:09.", nameof(FilmInput.Length)));
        }

        if (input.Position is < 1)
        {
            problems.Add(ChangeResult.Fail("The position is a whole number from 1.", nameof(FilmInput.Position)));
        }

        if (!string.IsNullOrWhiteSpace(input.CaptionsUrl) && !Links.IsWebAddress(input.CaptionsUrl))
        {
            problems.Add(ChangeResult.Fail("The captions link must be a web address starting with https:// or http://.", nameof(FilmInput.CaptionsUrl)));
        }

        return problems;
    }

    /// <summary>Checks everything first and changes the film only when all of it is valid.</summary>
    private async Task<ChangeResult?> ApplyAsync(Film film, FilmInput input)
    {
        if (CheckFields(input) is [var first, ..])
        {
            return first;
        }

        var slug = SlugOf(input);
        if (await db.Set<Film>().AnyAsync(f => f.Slug == slug && f.Id != film.Id))
        {
            return ChangeResult.Fail("Another film already uses this address.", nameof(FilmInput.Slug));
        }

        if (input.CampaignId is int campaignId && await campaigns.FindAsync(campaignId) is null)
        {
            return ChangeResult.Fail("The chosen campaign does not exist.", nameof(FilmInput.CampaignId));
        }

        var issueIds = input.IssueIds.Distinct().ToList();
        var issues = await db.Set<FilmIssue>().Where(i => issueIds.Contains(i.Id)).ToListAsync();
        if (issues.Count != issueIds.Count)
        {
            return ChangeResult.Fail("One of the chosen issues no longer exists. Choose again.");
        }

        VideoLink.TryParse(input.VideoAddress, out var video, out _);
        FilmLength.TryParse(input.Length, out var seconds);
        var madeOn = input.MadeOn!.Value;
        film.Slug = slug;
        film.CampaignId = input.CampaignId;
        film.Title = LocalizedText.From(input.TitleEn, input.TitleEs);
        film.MadeOn = madeOn;
        film.LengthSeconds = seconds;
        film.VideoHost = video!.Host;
        film.VideoId = video.Id;
        film.MadeBy = LocalizedText.From(input.MadeByEn, input.MadeByEs);
        film.Location = LocalizedText.From(input.LocationEn, input.LocationEs);
        film.Goal = LocalizedText.From(input.GoalEn, input.GoalEs);
        film.Audience = LocalizedText.From(input.AudienceEn, input.AudienceEs);
        film.Message = LocalizedText.From(input.MessageEn, input.MessageEs);
        film.ContentNotes = LocalizedText.From(input.ContentNotesEn, input.ContentNotesEs);
        film.Transcript = LocalizedText.From(input.TranscriptEn, input.TranscriptEs);
        film.CaptionsUrl = string.IsNullOrWhiteSpace(input.CaptionsUrl) ? null : input.CaptionsUrl.Trim();
        film.Issues.RemoveAll(i => !issueIds.Contains(i.Id));
        film.Issues.AddRange(issues.Where(i => !film.Issues.Any(existing => existing.Id == i.Id)));
        return null;
    }

    private static ChangeResult VideoProblem(VideoLinkProblem problem) => problem switch
    {
        VideoLinkProblem.Missing => ChangeResult.Fail("Paste the address of the film on YouTube or Vimeo.", nameof(FilmInput.VideoAddress)),
        VideoLinkProblem.NotOneYouTubeVideo => ChangeResult.Fail("This YouTube address is not the address of one video. Open the video on YouTube and copy its address, or use Share and then Copy.", nameof(FilmInput.VideoAddress)),
        VideoLinkProblem.NotOneVimeoVideo => ChangeResult.Fail("This Vimeo address is not the address of one video. Open the video on Vimeo and copy its address, such as https://vimeo.com/123456789.", nameof(FilmInput.VideoAddress)),
        VideoLinkProblem.UnlistedVimeoVideo => ChangeResult.Fail("This is an unlisted Vimeo video (its address has a private code after the number), and only public Vimeo videos can be embedded. Make the video public on Vimeo, or use YouTube.", nameof(FilmInput.VideoAddress)),
        _ => ChangeResult.Fail("Films can be embedded only from YouTube or Vimeo. Paste an address that starts with https://www.youtube.com/, https://youtu.be/ or https://vimeo.com/.", nameof(FilmInput.VideoAddress)),
    };

    /// <summary>Puts the film at the requested place among its campaign's films (the end when none) and closes the gaps.</summary>
    private async Task PlaceAsync(Film film, int? requested)
    {
        var campaignId = film.CampaignId;
        var siblings = await db.Set<Film>()
            .Where(f => f.CampaignId == campaignId && f.Id != film.Id)
            .OrderBy(f => f.Position).ThenBy(f => f.Id)
            .ToListAsync();
        var index = Math.Clamp((requested ?? siblings.Count + 1) - 1, 0, siblings.Count);
        siblings.Insert(index, film);
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Position = i + 1;
        }
    }

    private async Task RenumberAsync(int? campaignId, int leavingFilmId)
    {
        var remaining = await db.Set<Film>()
            .Where(f => f.CampaignId == campaignId && f.Id != leavingFilmId)
            .OrderBy(f => f.Position).ThenBy(f => f.Id)
            .ToListAsync();
        for (var i = 0; i < remaining.Count; i++)
        {
            remaining[i].Position = i + 1;
        }
    }

    private async Task<ChangeResult> ReplacePosterAsync(Film film, StoredFile? poster)
    {
        var previous = film.PosterFileId;
        film.PosterFileId = poster?.Id;
        film.PosterFileName = poster?.FileName;
        film.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await uploads.SaveAndDeleteAsync(previous);
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(film.Id);
    }

    private async Task<ChangeResult> SaveAndEvictAsync(Film film)
    {
        film.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(film.Id);
    }

    private static string SlugOf(FilmInput input) =>
        string.IsNullOrWhiteSpace(input.Slug) ? Slugs.From(input.TitleEn) : input.Slug.Trim();
}
