using System.Net;
using Fairwatch.Actions;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Actions.ActionTestData;

namespace Fairwatch.IntegrationTests.Actions;

/// <summary>Calls counted per office and outcome; posts counted when the supporter chose where to post.</summary>
public abstract class CallAndSocialTests(FairwatchFactory app)
{
    [Fact]
    public async Task The_call_flow_shows_both_phones_and_counts_each_call_by_outcome()
    {
        var action = await ActionAsync(app, ActionKind.Call);
        var visitor = app.CreateBrowserClient();
        var url = $"/act/{action.Slug}?zip=94110";
        var page = await visitor.GetDocumentAsync(url);

        Assert.Equal("<p>Hello, I live in <strong>your district</strong>.</p>", page.QuerySelector("#script-heading + div")!.InnerHtml.Trim());
        var pelosi = page.QuerySelector("#call-P000197")!;
        Assert.Equal(["tel:+12022254965", "tel:+14155564862"], pelosi.QuerySelectorAll(".action__phone").Select(a => a.GetAttribute("href")));
        Assert.Contains("Nearest office (San Francisco)", pelosi.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("form[action*='handler=Called']").Length);

        var counted = await PostReplyAsync(app, visitor, page, url, "#call-P000197 form", ActionStamps.Call, action.Id,
            new() { ["Reply.Outcome"] = nameof(CallOutcome.SpokeToStaff) });
        Assert.Equal(HttpStatusCode.Redirect, counted.StatusCode);
        Assert.StartsWith($"/act/{action.Slug}?zip=94110&called=P000197", counted.Location(), StringComparison.Ordinal);
        var thanks = await visitor.GetDocumentAsync(counted.Location());
        Assert.Equal("Thank you. Your call to Nancy Pelosi is counted.", thanks.QuerySelector("#call-counted")!.TextContent.Trim());

        await PostReplyAsync(app, visitor, page, url, "#call-P000197 form", ActionStamps.Call, action.Id, new() { ["Reply.Outcome"] = nameof(CallOutcome.Busy) });
        await PostReplyAsync(app, visitor, page, url, "#call-P000145 form", ActionStamps.Call, action.Id, new() { ["Reply.Outcome"] = nameof(CallOutcome.LeftVoicemail) });

        // No outcome: asked for, on the right card. A lawmaker who is not the supporter's: not counted.
        var missing = await HtmlForms.ParseAsync(await PostReplyAsync(app, visitor, page, url, "#call-P000197 form", ActionStamps.Call, action.Id));
        Assert.Equal("#Reply_Outcome_P000197", missing.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.NotNull(missing.QuerySelector("#outcome-error-P000197"));
        var stranger = await PostReplyAsync(app, visitor, page, url, "#call-P000197 form", ActionStamps.Call, action.Id,
            new() { ["Reply.Outcome"] = nameof(CallOutcome.Busy), ["Reply.BioguideId"] = "N000147" });
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);

        var calls = await app.WithDbAsync(db => db.Set<CallReport>().Where(c => c.ActionId == action.Id).OrderBy(c => c.Id).Select(c => new { c.BioguideId, c.Outcome }).ToListAsync());
        Assert.Equal(
            [("P000197", CallOutcome.SpokeToStaff), ("P000197", CallOutcome.Busy), ("P000145", CallOutcome.LeftVoicemail)],
            calls.Select(c => (c.BioguideId, c.Outcome)));

        var staff = await app.SignedInStaffAsync(Fairwatch.Accounts.StaffRoles.CampaignStaff);
        var stats = await staff.GetDocumentAsync($"/staff/actions/{action.Id}/stats");
        var pelosiRow = stats.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Nancy Pelosi", StringComparison.Ordinal));
        Assert.Equal(["2", "1", "0", "1"], pelosiRow.QuerySelectorAll("td").Select(td => td.TextContent));
    }

    [Fact]
    public async Task The_social_flow_opens_the_platform_only_after_the_click_and_counts_each_post()
    {
        var action = await ActionAsync(app, ActionKind.Social);
        var visitor = app.CreateBrowserClient();
        var url = $"/act/{action.Slug}?zip=94110";
        var page = await visitor.GetDocumentAsync(url);

        var forX = page.QuerySelector("#post-x")!.TextContent;
        Assert.Equal("Everyone deserves a fair hearing. @SenAdamSchiff @SenAlexPadilla @SpeakerPelosi #DueProcess #FairHearings", forX);
        Assert.DoesNotContain(page.QuerySelectorAll("[href], [src]"), e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Contains("x.com", StringComparison.Ordinal));

        var toX = await PostReplyAsync(app, visitor, page, url, "#share-x", ActionStamps.Social, action.Id);
        Assert.Equal(HttpStatusCode.Redirect, toX.StatusCode);
        Assert.Equal(SocialService.XComposeUrl + Uri.EscapeDataString(forX), toX.Location());

        var badServer = await PostReplyAsync(app, visitor, page, url, "#share-mastodon", ActionStamps.Social, action.Id,
            new() { ["Reply.Instance"] = "not a server" });
        var badPage = await HtmlForms.ParseAsync(badServer);
        Assert.Equal("#Reply_Instance", badPage.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("not a server", badPage.QuerySelector("#Reply_Instance")!.GetAttribute("value"));

        var toMastodon = await PostReplyAsync(app, visitor, page, url, "#share-mastodon", ActionStamps.Social, action.Id,
            new() { ["Reply.Instance"] = "@me@Mastodon.Social" });
        Assert.StartsWith("https://mastodon.social/share?text=Everyone%20deserves", toMastodon.Location(), StringComparison.Ordinal);

        var copied = await PostReplyAsync(app, visitor, page, url, "#share-copied", ActionStamps.Social, action.Id);
        Assert.StartsWith($"/act/{action.Slug}?zip=94110&posted=true", copied.Location(), StringComparison.Ordinal);
        Assert.NotNull((await visitor.GetDocumentAsync(copied.Location())).QuerySelector("#post-counted"));

        var posts = await app.WithDbAsync(db => db.Set<SocialPost>().Where(p => p.ActionId == action.Id).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal([SocialPlatform.X, SocialPlatform.Mastodon, SocialPlatform.Copied], posts.Select(p => p.Platform));
        Assert.All(posts, p => Assert.Equal("S001150 P000145 P000197", p.Mentions));

        // Washington, DC: the delegate's Mastodon account is named on Mastodon.
        var dc = await visitor.GetDocumentAsync($"/act/{action.Slug}?zip=20001");
        Assert.Equal("Everyone deserves a fair hearing. @CongresswomanNorton@Mastodon.social #DueProcess #FairHearings", dc.QuerySelector("#post-mastodon")!.TextContent);
    }

    [Fact]
    public async Task A_post_or_call_sent_at_once_is_refused_and_nothing_is_counted()
    {
        var action = await ActionAsync(app, ActionKind.Social);
        var visitor = app.CreateBrowserClient();
        var url = $"/act/{action.Slug}?zip=94110";
        var page = await visitor.GetDocumentAsync(url);

        var quick = await visitor.SubmitAsync(page, url, new Dictionary<string, string>(), "#share-x");

        Assert.Equal(HttpStatusCode.OK, quick.StatusCode);
        Assert.Contains("That was very quick.", (await HtmlForms.ParseAsync(quick)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<SocialPost>().CountAsync(p => p.ActionId == action.Id)));
    }
}

public sealed class CallsAndPostsOnSqlite(SqliteApp app) : CallAndSocialTests(app), IClassFixture<SqliteApp>;

public sealed class CallsAndPostsOnPostgres(PostgresApp app) : CallAndSocialTests(app), IClassFixture<PostgresApp>;
