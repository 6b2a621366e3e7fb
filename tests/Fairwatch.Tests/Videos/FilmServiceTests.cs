using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Videos;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Videos;

public sealed class FilmServiceTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static FilmInput Input(string title, int? campaignId = null, params int[] issueIds) => new()
    {
        TitleEn = title,
        TitleEs = title + " (es)",
        CampaignId = campaignId,
        MadeOn = new DateOnly(2024, 9, 12),
        Length = "5:22",
        VideoAddress = "https://youtu.be/dQw4w9WgXcQ?si=shared",
        IssueIds = issueIds,
    };

    [Fact]
    public async Task A_film_keeps_only_the_host_and_id_and_is_public_once_published()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();

        var created = await films.CreateAsync(Input("A Fair Hearing") with { CaptionsUrl = " https://captions.example/fair.vtt " });

        Assert.True(created.Succeeded, created.Error);
        var film = (await films.FindAsync(created.Id!.Value))!;
        Assert.Equal("a-fair-hearing", film.Slug);
        Assert.Equal((VideoHost.YouTube, "dQw4w9WgXcQ"), (film.VideoHost, film.VideoId));
        Assert.Equal(322, film.LengthSeconds);
        Assert.Equal(new DateOnly(2024, 9, 12), film.MadeOn);
        Assert.Equal("https://captions.example/fair.vtt", film.CaptionsUrl);
        Assert.Equal("A Fair Hearing (es)", film.Title.In("es"));
        Assert.Null(await films.FindPublishedAsync("a-fair-hearing"));
        Assert.Empty(await films.ListPublishedAsync());

        await films.SetPublishedAsync(film.Id, true);

        var page = await films.FindPublishedAsync("a-fair-hearing");
        Assert.NotNull(page);
        Assert.NotNull(page.Film.PublishedAt);
        Assert.Null(page.Campaign);
        Assert.Single(await films.ListPublishedAsync());
    }

    public static readonly TheoryData<string, FilmInput> BadInputs = new()
    {
        { nameof(FilmInput.TitleEn), Input("  ") },
        { nameof(FilmInput.Slug), Input("Title") with { Slug = "Not A Slug!" } },
        { nameof(FilmInput.Slug), Input("Title") with { Slug = "../etc" } },
        { nameof(FilmInput.MadeOn), Input("Title") with { MadeOn = null } },
        { nameof(FilmInput.MadeOn), Input("Title") with { MadeOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1) } },
        { nameof(FilmInput.MadeOn), Input("Title") with { MadeOn = new DateOnly(1850, 1, 1) } },
        { nameof(FilmInput.Length), Input("Title") with { Length = "5 minutes" } },
        { nameof(FilmInput.Length), Input("Title") with { Length = "" } },
        { nameof(FilmInput.VideoAddress), Input("Title") with { VideoAddress = "https://www.dailymotion.com/video/x8abcd" } },
        { nameof(FilmInput.VideoAddress), Input("Title") with { VideoAddress = "https://www.youtube.com/playlist?list=PL1" } },
        { nameof(FilmInput.VideoAddress), Input("Title") with { VideoAddress = null } },
        { nameof(FilmInput.CaptionsUrl), Input("Title") with { CaptionsUrl = "javascript:alert(1)" } },
        { nameof(FilmInput.CampaignId), Input("Title", campaignId: 999_999) },
        { nameof(FilmInput.Position), Input("Title") with { Position = 0 } },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_with_the_field_it_concerns_and_creates_nothing(string field, FilmInput input)
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();

        var result = await films.CreateAsync(input);

        Assert.False(result.Succeeded);
        Assert.Equal(field, result.Field);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.Empty(await films.ListAllAsync());
    }

    [Fact]
    public async Task Every_problem_with_the_fields_is_reported_at_once_for_the_form()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();

        var problems = films.CheckFields(new FilmInput
        {
            TitleEn = " ", VideoAddress = "https://www.dailymotion.com/video/x8abcd", Length = "5", CaptionsUrl = "ftp://captions.example", Position = -1,
        });

        Assert.Equal(
            [nameof(FilmInput.TitleEn), nameof(FilmInput.VideoAddress), nameof(FilmInput.MadeOn), nameof(FilmInput.Length), nameof(FilmInput.Position), nameof(FilmInput.CaptionsUrl)],
            problems.Select(p => p.Field));
        Assert.Empty(films.CheckFields(Input("Fine")));
    }

    [Fact]
    public async Task A_refused_change_leaves_the_film_as_it_was()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var id = (await films.CreateAsync(Input("Kept"))).Id!.Value;
        var other = (await films.CreateAsync(Input("Other"))).Id!.Value;

        var taken = await films.SaveAsync(id, Input("Changed") with { Slug = "other" });
        var badVideo = await films.SaveAsync(id, Input("Changed") with { VideoAddress = "https://evil.example/v.mp4" });
        var unknownIssue = await films.SaveAsync(id, Input("Changed", null, 424242));

        Assert.Equal("Another film already uses this address.", taken.Error);
        Assert.Equal(nameof(FilmInput.VideoAddress), badVideo.Field);
        Assert.False(unknownIssue.Succeeded);
        Assert.True((await films.SaveAsync(other, Input("Other") with { Length = "1:00" })).Succeeded);
        var film = (await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Film>().AsNoTracking().SingleAsync(f => f.Id == id));
        Assert.Equal(("Kept", "kept", 322), (film.Title.En, film.Slug, film.LengthSeconds));
    }

    [Fact]
    public async Task Films_keep_their_place_in_a_campaign_when_inserted_moved_and_deleted()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var first = await CampaignAsync(campaigns, "first-campaign");
        var second = await CampaignAsync(campaigns, "second-campaign");
        var a = (await films.CreateAsync(Input("Film A", first))).Id!.Value;
        var b = (await films.CreateAsync(Input("Film B", first))).Id!.Value;
        var c = (await films.CreateAsync(Input("Film C", first))).Id!.Value;
        foreach (var id in new[] { a, b, c })
        {
            await films.SetPublishedAsync(id, true);
        }

        var d = (await films.CreateAsync(Input("Film D", first) with { Position = 2 })).Id!.Value;
        await films.SetPublishedAsync(d, true);
        Assert.Equal(["Film A", "Film D", "Film B", "Film C"], await TitlesAsync(films, first));

        var cInput = Input("Film C", first) with { Slug = "film-c", Position = 1 };
        Assert.True((await films.SaveAsync(c, cInput)).Succeeded);
        Assert.Equal(["Film C", "Film A", "Film D", "Film B"], await TitlesAsync(films, first));

        Assert.True((await films.SaveAsync(a, Input("Film A", second) with { Slug = "film-a", Position = 7 })).Succeeded);
        Assert.Equal(["Film C", "Film D", "Film B"], await TitlesAsync(films, first));
        Assert.Equal(["Film A"], await TitlesAsync(films, second));
        Assert.Equal([1, 2, 3], (await films.ListPublishedForCampaignAsync(first)).Select(f => f.Position));
        Assert.Equal(1, (await films.FindAsync(a))!.Position);

        Assert.True((await films.DeleteAsync(d)).Succeeded);
        Assert.Equal(["Film C", "Film B"], await TitlesAsync(films, first));
        Assert.Equal([1, 2], (await films.ListPublishedForCampaignAsync(first)).Select(f => f.Position));
        Assert.False((await films.DeleteAsync(d)).Succeeded);
    }

    [Fact]
    public async Task The_issue_filter_finds_published_films_tagged_with_the_issue()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var asylum = (await films.AddIssueAsync("Asylum", "Asilo")).Id!.Value;
        var counsel = (await films.AddIssueAsync("Right to counsel", "Derecho a un abogado")).Id!.Value;
        var unused = (await films.AddIssueAsync("Unused issue", null)).Id!.Value;
        var both = (await films.CreateAsync(Input("Both", null, asylum, counsel))).Id!.Value;
        var counselOnly = (await films.CreateAsync(Input("Counsel only", null, counsel))).Id!.Value;
        var hidden = (await films.CreateAsync(Input("Hidden", null, asylum, unused))).Id!.Value;
        await films.SetPublishedAsync(both, true);
        await films.SetPublishedAsync(counselOnly, true);

        Assert.Equal(["Both"], (await films.ListPublishedAsync("asylum")).Select(f => f.Title.En));
        Assert.Equal(["Both", "Counsel only"], (await films.ListPublishedAsync("right-to-counsel")).Select(f => f.Title.En).Order());
        Assert.Empty(await films.ListPublishedAsync("unused-issue"));
        Assert.Equal(["asylum", "right-to-counsel"], (await films.ListIssuesInUseAsync()).Select(i => i.Slug).Order());
        Assert.Equal(2, (await films.ListPublishedAsync("right-to-counsel")).Single(f => f.Id == both).Issues.Count);
        Assert.NotNull(await films.FindAsync(hidden));
    }

    [Fact]
    public async Task Issues_are_named_in_both_languages_and_removing_one_keeps_the_films()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();

        var added = await films.AddIssueAsync("Women's rights", "Derechos de las mujeres");
        Assert.False((await films.AddIssueAsync("women’s RIGHTS", null)).Succeeded);
        Assert.Equal("NameEn", (await films.AddIssueAsync(" ", "Solo español")).Field);
        Assert.False((await films.AddIssueAsync("¿?", null)).Succeeded);
        var id = added.Id!.Value;
        Assert.Equal("women-s-rights", (await films.FindIssueAsync("women-s-rights"))!.Slug);

        Assert.True((await films.RenameIssueAsync(id, "Rights of women", "Derechos de las mujeres")).Succeeded);
        Assert.Equal("Rights of women", (await films.FindIssueAsync("women-s-rights"))!.Name.En);

        var film = (await films.CreateAsync(Input("Tagged", null, id))).Id!.Value;
        Assert.Single((await films.FindAsync(film))!.Issues);
        Assert.True((await films.RemoveIssueAsync(id)).Succeeded);
        Assert.Empty((await films.FindAsync(film))!.Issues);
        Assert.False((await films.RemoveIssueAsync(id)).Succeeded);
    }

    [Fact]
    public async Task Saving_with_fewer_issues_untags_the_film()
    {
        await using var scope = _app.Scope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var one = (await films.AddIssueAsync("One", null)).Id!.Value;
        var two = (await films.AddIssueAsync("Two", null)).Id!.Value;
        var id = (await films.CreateAsync(Input("Film", null, one, two))).Id!.Value;

        Assert.True((await films.SaveAsync(id, Input("Film", null, two))).Succeeded);

        Assert.Equal(["two"], (await films.FindAsync(id))!.Issues.Select(i => i.Slug));
    }

    [Fact]
    public async Task The_demo_campaign_gets_a_dozen_published_films_once()
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var now = DateTime.UtcNow;
        await CampaignDemo.SeedAsync(db, now, CancellationToken.None);

        await FilmDemo.SeedAsync(db, now, CancellationToken.None);
        await FilmDemo.SeedAsync(db, now, CancellationToken.None);

        var campaign = (await scope.ServiceProvider.GetRequiredService<CampaignService>().FindPublishedAsync(FilmDemo.CampaignSlug))!;
        var demo = await films.ListPublishedForCampaignAsync(campaign.Id);
        Assert.Equal(12, demo.Count);
        Assert.Equal(Enumerable.Range(1, 12), demo.Select(f => f.Position));
        var flagship = demo[0];
        Assert.Equal("5:22", FilmLength.Format(flagship.LengthSeconds));
        Assert.Contains("32 partner", flagship.MadeBy.En, StringComparison.Ordinal);
        Assert.All(demo, f =>
        {
            Assert.True(VideoLink.TryParse(f.Video.WatchUrl, out var parsed, out _), f.Slug);
            Assert.Equal(f.Video, parsed);
            Assert.False(string.IsNullOrWhiteSpace(f.Title.Es));
            Assert.False(string.IsNullOrWhiteSpace(f.Goal.Es));
            Assert.NotEmpty(f.Issues);
        });
        Assert.Contains(demo, f => f.VideoHost == VideoHost.Vimeo);
        Assert.Equal(12, (await films.ListPublishedAsync()).Count);
    }

    [Theory]
    [InlineData("A Fair Hearing", "a-fair-hearing")]
    [InlineData("  Derecho a un abogado – ¿ahora?  ", "derecho-a-un-abogado-ahora")]
    [InlineData("Niñez y juventud", "ninez-y-juventud")]
    [InlineData("!!!", "")]
    public void Addresses_are_made_from_titles_in_plain_letters(string title, string slug) =>
        Assert.Equal(slug, Fairwatch.Web.Slugs.From(title));

    private static async Task<int> CampaignAsync(CampaignService campaigns, string slug)
    {
        var id = (await campaigns.CreateAsync(new CampaignInput(slug, "Campaign", null, "Call", null, null, null, CampaignStatus.Active))).Id!.Value;
        await campaigns.SetPublishedAsync(id, true);
        return id;
    }

    private static async Task<IReadOnlyList<string>> TitlesAsync(FilmService films, int campaignId) =>
        [.. (await films.ListPublishedForCampaignAsync(campaignId)).Select(f => f.Title.En)];
}
