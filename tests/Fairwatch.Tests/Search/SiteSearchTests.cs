using Fairwatch.Blog;
using Fairwatch.Campaigns;
using Fairwatch.Press;
using Fairwatch.Search;
using Fairwatch.Videos;

namespace Fairwatch.Tests.Search;

/// <summary>The search over every source, on SQLite through the fold function registered on each connection.</summary>
public sealed class SiteSearchTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Results_from_every_source_are_found_by_any_case_and_accents_in_either_language()
    {
        await using var scope = _app.Scope();
        var services = scope.ServiceProvider;
        var campaigns = services.GetRequiredService<CampaignService>();
        var campaign = (await campaigns.CreateAsync(new CampaignInput("asilo-ya", "Asylum now", "Asilo ya", "Protect people who flee.", "Proteger a quienes huyen.", null, "La **protección** de niñas y niños.", CampaignStatus.Active))).Id!.Value;
        await campaigns.SetPublishedAsync(campaign, true);
        var films = services.GetRequiredService<FilmService>();
        var film = (await films.CreateAsync(new FilmInput { Slug = "nina", TitleEn = "Nina's journey", TitleEs = "El viaje de Niña", MadeOn = new DateOnly(2024, 1, 1), Length = "3:00", VideoAddress = "https://vimeo.com/123456", TranscriptEn = "She asked for protection at the border." })).Id!.Value;
        await films.SetPublishedAsync(film, true);
        var blog = services.GetRequiredService<BlogService>();
        var author = (await blog.CreateAuthorAsync(new AuthorInput("A", null, null))).Id!.Value;
        var post = (await blog.CreateAsync(new PostInput("proteccion", "On protection", "Sobre la protección", "Summary.", null, "Body.", null, author, DateTime.UtcNow.Date, null))).Id!.Value;
        await blog.SetPublishedAsync(post, true);
        var press = services.GetRequiredService<PressService>();
        var release = (await press.CreateAsync(new ReleaseInput("statement", "Statement", null, null, null, "We ask for PROTECTION.", null, DateTime.UtcNow.Date))).Id!.Value;
        await press.SetPublishedAsync(release, true);
        var search = services.GetRequiredService<SiteSearch>();

        var english = await search.SearchAsync("Protection", "en");
        Assert.Equal(["/blog/proteccion", "/films/nina", "/press/statement"], english!.Results.Select(r => r.Url).Order());

        var spanish = await search.SearchAsync("PROTECCION", "es");
        Assert.Equal(["/blog/proteccion", "/campaigns/asilo-ya"], spanish!.Results.Select(r => r.Url).Order());
        // The title matched in the reader's language: first.
        Assert.Equal("/blog/proteccion", spanish.Results[0].Url);
        Assert.Equal([SearchKinds.Post, SearchKinds.Campaign], spanish.Results.Select(r => r.Kind));

        var both = await search.SearchAsync("nina viaje", "es");
        Assert.Equal("/films/nina", Assert.Single(both!.Results).Url);
        Assert.Null(await search.SearchAsync("  ", "en"));
        Assert.Empty((await search.SearchAsync("protection absentword", "en"))!.Results);
    }

    [Fact]
    public async Task A_search_reaches_no_more_than_the_limit_and_says_so()
    {
        await using var scope = _app.Scope();
        var press = scope.ServiceProvider.GetRequiredService<PressService>();
        for (var i = 0; i < SiteSearch.MaxResults + 2; i++)
        {
            var id = (await press.CreateAsync(new ReleaseInput($"many-{i:D3}", $"Many {i}", null, null, null, "Plenty of releases.", null, DateTime.UtcNow.Date))).Id!.Value;
            await press.SetPublishedAsync(id, true);
        }

        var found = await scope.ServiceProvider.GetRequiredService<SiteSearch>().SearchAsync("plenty", "en");

        Assert.Equal(SiteSearch.MaxResults, found!.Results.Count);
        Assert.True(found.HasMore);
    }
}
