using System.Net;
using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Videos;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Videos;

public abstract class FilmStaffTests(FairwatchFactory app)
{
    [Fact]
    public async Task Campaign_staff_add_a_film_publish_it_and_visitors_see_it_at_once()
    {
        var campaign = await PublishedCampaignAsync();
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var visitor = app.CreateBrowserClient();
        var issueName = $"Due process {Guid.NewGuid():N}"[..20];
        var slug = $"fair-hearing-{Guid.NewGuid():N}"[..24];

        var issueAdded = await staff.SubmitAsync("/staff/films/issues", new Dictionary<string, string>
        {
            ["Issue.NameEn"] = issueName, ["Issue.NameEs"] = "Debido proceso",
        }, "form[action$='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, issueAdded.StatusCode);
        var issuesPage = await staff.GetDocumentAsync("/staff/films/issues");
        Assert.Contains("Issue added.", issuesPage.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var filmsPage = await staff.GetDocumentAsync("/staff/films");
        var issueId = filmsPage.QuerySelectorAll("input[name='Film.IssueIds']")
            .Single(i => filmsPage.QuerySelector($"label[for='{i.Id}']")!.TextContent == issueName).GetAttribute("value")!;
        Assert.Contains(filmsPage.QuerySelectorAll("select[name='Film.CampaignId'] option"), o => o.GetAttribute("value") == campaign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var created = await staff.SubmitAsync(filmsPage, "/staff/films", new Dictionary<string, string>
        {
            ["Film.TitleEn"] = "A Fair Hearing", ["Film.TitleEs"] = "Una audiencia justa", ["Film.Slug"] = slug,
            ["Film.VideoAddress"] = "https://youtu.be/dQw4w9WgXcQ?si=copied", ["Film.MadeOn"] = "2024-09-12", ["Film.Length"] = "5:22",
            ["Film.CampaignId"] = campaign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Film.Position"] = "",
            ["Film.IssueIds"] = issueId, ["Film.MadeByEn"] = "Due Process Media Collective and 32 partners",
            ["Film.LocationEn"] = "El Paso, Texas", ["Film.GoalEn"] = "Win fair hearings.", ["Film.AudienceEn"] = "Voters.",
            ["Film.MessageEn"] = "Fairness for all.", ["Film.ContentNotesEn"] = "Animation.", ["Film.TranscriptEn"] = "**Narrator:** Imagine.",
            ["Film.CaptionsUrl"] = "https://captions.example/fair.vtt",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Location();
        Assert.Matches("^/staff/films/[0-9]+$", editUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/films/{slug}")).StatusCode);

        var edit = await staff.GetDocumentAsync(editUrl);
        Assert.Equal("https://www.youtube.com/watch?v=dQw4w9WgXcQ", edit.QuerySelector("input[name='Film.VideoAddress']")!.GetAttribute("value"));
        Assert.Equal("5:22", edit.QuerySelector("input[name='Film.Length']")!.GetAttribute("value"));
        Assert.Equal("2024-09-12", edit.QuerySelector("input[name='Film.MadeOn']")!.GetAttribute("value"));
        Assert.Equal("1", edit.QuerySelector("input[name='Film.Position']")!.GetAttribute("value"));
        Assert.NotNull(edit.QuerySelector($"input[name='Film.IssueIds'][value='{issueId}'][checked]"));
        Assert.Equal(campaign.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), edit.QuerySelector("select[name='Film.CampaignId'] option[selected]")!.GetAttribute("value"));

        var published = await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Publish']");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await visitor.GetDocumentAsync($"/films/{slug}");
        Assert.Equal("A Fair Hearing", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("5:22", page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(issueName, page.QuerySelector(".facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1", page.QuerySelector("[data-player]")!.GetAttribute("data-embed"));
        Assert.Equal(["A Fair Hearing"], (await visitor.GetDocumentAsync($"/campaigns/{campaign.Slug}")).QuerySelectorAll(".campaign-films h3").Select(h => h.TextContent));
        var issueSlug = page.QuerySelector(".facts .tag")!.GetAttribute("href")!;
        Assert.Contains("A Fair Hearing", (await visitor.GetDocumentAsync(issueSlug)).QuerySelector(".film-cards")!.TextContent, StringComparison.Ordinal);

        var saved = await staff.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Film.TitleEn"] = "A Fair Hearing (2nd cut)", ["Film.Slug"] = slug, ["Film.VideoAddress"] = "https://vimeo.com/76979871",
            ["Film.MadeOn"] = "2024-09-12", ["Film.Length"] = "6:01", ["Film.CampaignId"] = "",
        }, "form[action$='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        page = await visitor.GetDocumentAsync($"/films/{slug}");
        Assert.Equal("A Fair Hearing (2nd cut)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1", page.QuerySelector("[data-player]")!.GetAttribute("data-embed"));
        Assert.Null(page.QuerySelector(".facts .tag"));
        Assert.Null((await visitor.GetDocumentAsync($"/campaigns/{campaign.Slug}")).QuerySelector(".campaign-films"));

        await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Unpublish']");
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/films/{slug}")).StatusCode);

        var deleted = await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["confirm"] = "true" }, "form[action$='handler=Delete']");
        Assert.Equal("/staff/films", deleted.Location());
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(editUrl)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Film>().AnyAsync(f => f.Slug == slug)));
    }

    [Fact]
    public async Task Mistakes_are_explained_keep_what_was_typed_and_change_nothing()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var before = await app.WithDbAsync(db => db.Set<Film>().CountAsync());
        var fields = new Dictionary<string, string>
        {
            ["Film.TitleEn"] = "Kept title", ["Film.VideoAddress"] = "https://www.dailymotion.com/video/x8abcd",
            ["Film.MadeOn"] = "2024-09-12", ["Film.Length"] = "5:22",
        };

        var otherHost = await HtmlForms.ParseAsync(await staff.SubmitAsync("/staff/films", fields));
        Assert.Contains("Films can be embedded only from YouTube or Vimeo.", otherHost.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Film_VideoAddress", otherHost.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Kept title", otherHost.QuerySelector("input[name='Film.TitleEn']")!.GetAttribute("value"));
        Assert.Equal("https://www.dailymotion.com/video/x8abcd", otherHost.QuerySelector("input[name='Film.VideoAddress']")!.GetAttribute("value"));

        fields["Film.VideoAddress"] = "https://vimeo.com/76979871/ab12cd34ef";
        var unlisted = await HtmlForms.ParseAsync(await staff.SubmitAsync("/staff/films", fields));
        Assert.Contains("unlisted Vimeo video", unlisted.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        fields["Film.VideoAddress"] = "https://youtu.be/dQw4w9WgXcQ";
        fields["Film.Length"] = "five minutes";
        var badLength = await HtmlForms.ParseAsync(await staff.SubmitAsync("/staff/films", fields));
        Assert.Contains("such as 5:22", badLength.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("five minutes", badLength.QuerySelector("input[name='Film.Length']")!.GetAttribute("value"));

        var empty = await HtmlForms.ParseAsync(await staff.SubmitAsync("/staff/films", new Dictionary<string, string> { ["Film.TitleEn"] = "" }));
        var errors = empty.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Enter the title in English.", errors, StringComparison.Ordinal);
        Assert.Contains("Enter the date the film was made.", errors, StringComparison.Ordinal);
        Assert.Contains("Paste the address of the film on YouTube or Vimeo.", errors, StringComparison.Ordinal);

        // Every mistake at once: the form's own checks and the service's.
        var both = await HtmlForms.ParseAsync(await staff.SubmitAsync("/staff/films", new Dictionary<string, string>
        {
            ["Film.TitleEn"] = "", ["Film.VideoAddress"] = "https://www.dailymotion.com/video/x8abcd", ["Film.MadeOn"] = "2024-09-12", ["Film.Length"] = "5",
        }));
        Assert.Equal(
            ["#Film_Length", "#Film_TitleEn", "#Film_VideoAddress"],
            both.QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));

        var spanish = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        fields["Film.Length"] = "5:22";
        fields["Film.VideoAddress"] = "https://www.youtube.com/playlist?list=PL1";
        var enEspañol = await HtmlForms.ParseAsync(await spanish.SubmitAsync("/staff/films", fields));
        Assert.Contains("Esta dirección de YouTube no es la de un solo video.", enEspañol.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Film>().CountAsync()));

        var id = await FilmAsync();
        var noConfirm = await staff.SubmitAsync($"/staff/films/{id}", new Dictionary<string, string>(), "form[action$='handler=Delete']");
        Assert.Equal(HttpStatusCode.OK, noConfirm.StatusCode);
        Assert.Contains("Tick the box to confirm", (await HtmlForms.ParseAsync(noConfirm)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var badSave = await staff.SubmitAsync($"/staff/films/{id}", new Dictionary<string, string>
        {
            ["Film.TitleEn"] = "Changed", ["Film.VideoAddress"] = "javascript:alert(1)", ["Film.MadeOn"] = "2024-01-01", ["Film.Length"] = "1:00",
        }, "form[action$='handler=Save']");
        Assert.Equal("javascript:alert(1)", (await HtmlForms.ParseAsync(badSave)).QuerySelector("input[name='Film.VideoAddress']")!.GetAttribute("value"));
        var film = await app.WithDbAsync(db => db.Set<Film>().SingleAsync(f => f.Id == id));
        Assert.Equal(("Unchanged", 760), (film.Title.En, film.LengthSeconds));

        var firstTime = await HtmlForms.ParseAsync(await staff.SubmitAsync("/staff/films/issues", new Dictionary<string, string> { ["Issue.NameEn"] = film.Slug }, "form[action$='handler=Add']"));
        Assert.Empty(firstTime.QuerySelectorAll(".error-summary"));
        var twice = await HtmlForms.ParseAsync(await staff.SubmitAsync("/staff/films/issues", new Dictionary<string, string> { ["Issue.NameEn"] = film.Slug }, "form[action$='handler=Add']"));
        Assert.Contains("There is already an issue with this name.", twice.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_campaign_staff_and_administrators_open_the_film_section()
    {
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var campaigner = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var admin = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var id = await FilmAsync();

        foreach (var path in new[] { "/staff/films", $"/staff/films/{id}", "/staff/films/issues" })
        {
            Assert.StartsWith("http://localhost/account/access-denied", (await volunteer.GetAsync(path)).Location(), StringComparison.Ordinal);
            Assert.StartsWith("http://localhost/account/access-denied", (await hotline.GetAsync(path)).Location(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await campaigner.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
            Assert.StartsWith("http://localhost/account/sign-in", (await app.CreateBrowserClient().GetAsync(path)).Location(), StringComparison.Ordinal);
        }

        var dashboard = await campaigner.GetDocumentAsync("/staff");
        Assert.Contains(dashboard.QuerySelectorAll(".section-list a"), a => a.GetAttribute("href") == "/staff/films");
        Assert.DoesNotContain((await volunteer.GetDocumentAsync("/staff")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/staff/films");
    }

    private async Task<int> FilmAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<FilmService>().CreateAsync(new FilmInput
        {
            TitleEn = "Unchanged",
            Slug = $"film-{Guid.NewGuid():N}",
            MadeOn = new DateOnly(2023, 1, 1),
            Length = "12:40",
            VideoAddress = "https://vimeo.com/1234",
        });
        return result.Id!.Value;
    }

    private async Task<Campaign> PublishedCampaignAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var slug = $"campaign-{Guid.NewGuid():N}"[..24];
        var id = (await campaigns.CreateAsync(new CampaignInput(slug, "Films campaign", null, "The call.", null, null, null, CampaignStatus.Active))).Id!.Value;
        await campaigns.SetPublishedAsync(id, true);
        return (await campaigns.FindAsync(id))!;
    }
}

public sealed class FilmStaffOnSqlite(SqliteApp app) : FilmStaffTests(app), IClassFixture<SqliteApp>;

public sealed class FilmStaffOnPostgres(PostgresApp app) : FilmStaffTests(app), IClassFixture<PostgresApp>;
