using System.IO.Compression;
using System.Net;
using System.Text;
using Fairwatch.Accounts;
using Fairwatch.Actions;
using Fairwatch.Actions.Cwc;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Actions.ActionTestData;

namespace Fairwatch.IntegrationTests.Actions;

/// <summary>Campaign staff write actions, deliver by hand what needs it, hand House batches to a vendor and count.</summary>
public abstract class StaffActionTests(FairwatchFactory app)
{
    [Fact]
    public async Task Campaign_staff_write_address_and_publish_a_letter_from_the_staff_pages()
    {
        var (_, _, campaignId) = await ActionAsync(app, ActionKind.Call);
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var slug = $"letter-{Guid.NewGuid():N}"[..20];

        var created = await staff.SubmitAsync("/staff/actions", new Dictionary<string, string>
        {
            ["Action.CampaignId"] = campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Action.Kind"] = nameof(ActionKind.Letter),
            ["Action.TitleEn"] = "Write to the Secretary",
            ["Action.TitleEs"] = "Escriba a la Secretaria",
            ["Action.Slug"] = slug,
            ["Action.Lawmakers"] = nameof(LawmakerTargets.None),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editUrl = created.Location();
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync($"/act/{slug}")).StatusCode);

        var early = await HtmlForms.ParseAsync(await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Publish']"));
        Assert.Contains("Choose who the action addresses before you publish it.", early.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var badTarget = await HtmlForms.ParseAsync(await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Target.Name"] = "Ana", ["Target.Title"] = "Secretary", ["Target.Email"] = "nope" }, "form[action$='handler=AddTarget']"));
        Assert.Equal("#Target_Email", badTarget.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Ana", badTarget.QuerySelector("input[name='Target.Name']")!.GetAttribute("value"));
        await staff.SubmitAsync(editUrl, new Dictionary<string, string> { ["Target.Name"] = "Ana Secretary", ["Target.Title"] = "Secretary of Homeland Security", ["Target.Email"] = "ana@agency.example" }, "form[action$='handler=AddTarget']");
        var saved = await staff.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Action.CampaignId"] = campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Action.Slug"] = slug,
            ["Action.TitleEn"] = "Write to the Secretary",
            ["Action.Lawmakers"] = nameof(LawmakerTargets.None),
            ["Action.SubjectEn"] = "Release families",
            ["Action.LetterEn"] = "Please release families.",
            ["Action.SupporterMayEdit"] = "false",
            ["Action.Topic"] = "Immigration",
        }, "form[action$='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(editUrl, new Dictionary<string, string>(), "form[action$='handler=Publish']")).StatusCode);

        var page = await app.CreateBrowserClient().GetDocumentAsync($"/act/{slug}");
        Assert.Equal("Write to the Secretary", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Ana Secretary", page.QuerySelector("#recipients-heading + ul h3")!.TextContent);
        Assert.Equal("<p>Please release families.</p>", page.QuerySelector(".action__fixed-letter")!.InnerHtml);
        Assert.Null(page.QuerySelector("textarea[name='Letter.Body']"));
        Assert.Contains((await staff.GetDocumentAsync("/staff/actions")).QuerySelectorAll("table a"), a => a.GetAttribute("href") == editUrl && a.TextContent == "Write to the Secretary");
    }

    [Fact]
    public async Task Staff_deliver_senate_messages_by_hand_and_the_history_says_who_did()
    {
        var action = await ActionAsync(app, ActionKind.Letter, LawmakerTargets.Senators);
        var email = $"senate-{Guid.NewGuid():N}@example.org";
        await SendLetterAsync(app, app.CreateBrowserClient(), (action.Id, action.Slug), "94110", null, Supporter(email));
        var padilla = (await DeliveriesAsync(app, action.Id)).Single(d => d.TargetName == "Alex Padilla");
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);

        var queue = await staff.GetDocumentAsync("/staff/actions/deliveries");
        var item = queue.QuerySelector($"#delivery-{padilla.Id}")!;
        Assert.Equal("https://www.padilla.senate.gov/contact/", item.QuerySelector("a[target=_blank]")!.GetAttribute("href"));
        Assert.Contains(email, item.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 Mission St, San Francisco, CA 94110", item.TextContent, StringComparison.Ordinal);
        Assert.Equal(LetterText, item.QuerySelector("textarea")!.TextContent.TrimStart('\n'));

        var marked = await staff.SubmitAsync(queue, "/staff/actions/deliveries", new Dictionary<string, string>(), $"#delivery-{padilla.Id} form[action*='handler=Delivered']");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Contains("Marked as delivered.", (await staff.GetDocumentAsync(marked.Location())).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await staff.GetDocumentAsync("/staff/actions/deliveries")).QuerySelector($"#delivery-{padilla.Id}"));

        var delivered = (await DeliveriesAsync(app, action.Id)).Single(d => d.Id == padilla.Id);
        Assert.Equal(DeliveryStatus.Sent, delivered.Status);
        var history = await staff.GetDocumentAsync($"/staff/actions/deliveries/{padilla.Id}");
        var rows = history.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["Needs manual delivery", "The supporter's letter"], rows[0].Skip(1).Take(2));
        Assert.Equal("Sent", rows[1][1]);
        Assert.StartsWith("campaignstaff-", rows[1][2], StringComparison.Ordinal);

        // Once delivered, it cannot be marked again.
        var again = await staff.PostAsync(
            $"/staff/actions/deliveries?handler=Failed&deliveryId={padilla.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = queue.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")! }));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(DeliveryStatus.Sent, (await DeliveriesAsync(app, action.Id)).Single(d => d.Id == padilla.Id).Status);
    }

    [Fact]
    public async Task House_messages_go_to_a_vendor_in_a_batch_of_valid_documents_then_are_marked_sent()
    {
        var action = await ActionAsync(app, ActionKind.Letter, LawmakerTargets.Representative);
        await SendLetterAsync(app, app.CreateBrowserClient(), (action.Id, action.Slug), "20001", null, Supporter($"dc-{Guid.NewGuid():N}@example.org"));
        var house = Assert.Single(await DeliveriesAsync(app, action.Id));
        Assert.Equal(("HDC00", DeliveryStatus.Queued), (house.OfficeCode, house.Status));
        var staff = await app.SignedInStaffAsync(StaffRoles.Administrator);

        var page = await staff.GetDocumentAsync("/staff/actions/batches");
        Assert.Contains("Waiting for a batch:", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var made = await staff.SubmitAsync(page, "/staff/actions/batches", new Dictionary<string, string>(), "form[action*='handler=Create']");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var batchId = (await DeliveriesAsync(app, action.Id)).Single().BatchId!.Value;

        var download = await staff.GetAsync($"/staff/actions/batches?handler=Download&batchId={batchId}");
        Assert.Equal("application/zip", download.Content.Headers.ContentType!.MediaType);
        using (var zip = new ZipArchive(await download.Content.ReadAsStreamAsync()))
        {
            var entry = zip.GetEntry($"HDC00-{house.Key:N}.xml")!;
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var xml = await reader.ReadToEndAsync();
            Assert.Equal(house.CwcDocument, xml);
            Assert.Empty(CwcSchema.Validate(xml));
            Assert.NotNull(zip.GetEntry("cwc-2.0.xsd"));
        }

        var batches = await staff.GetDocumentAsync("/staff/actions/batches");
        var sent = await staff.SubmitAsync(batches, "/staff/actions/batches", new Dictionary<string, string>(), $"form[action*='handler=Sent'][action*='batchId={batchId}']");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var delivered = Assert.Single(await DeliveriesAsync(app, action.Id));
        Assert.Equal(DeliveryStatus.Sent, delivered.Status);
        Assert.Equal(3, delivered.History.Count);
        Assert.Contains($"batch {batchId}", delivered.History.OrderBy(e => e.Id).Last().Note, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/staff/actions/batches?handler=Download&batchId=999999")).StatusCode);
    }

    [Fact]
    public async Task The_figures_count_messages_per_target_and_the_csv_carries_no_supporter()
    {
        var action = await ActionAsync(app, ActionKind.Letter, fixedTarget: true);
        var email = $"figures-{Guid.NewGuid():N}@example.org";
        await SendLetterAsync(app, app.CreateBrowserClient(), (action.Id, action.Slug), "94110", null, Supporter(email));
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);

        var stats = await staff.GetDocumentAsync($"/staff/actions/{action.Id}/stats");
        Assert.Equal(4, stats.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Nancy Pelosi", stats.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", stats.QuerySelectorAll(".counts div").First().QuerySelector("dd")!.TextContent);

        var csv = await staff.GetAsync($"/staff/actions/{action.Id}/stats?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"{action.Slug}-", csv.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("messages,Nancy Pelosi,Representative for CA-11,Cwc,1,1,0,0,0,,,", text, StringComparison.Ordinal);
        Assert.Contains("messages,Ana Secretary,Secretary of Homeland Security,Email,1,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(email, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Mission", text, StringComparison.Ordinal);
        Assert.DoesNotContain(email, stats.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_campaign_staff_and_administrators_open_the_action_pages()
    {
        var action = await ActionAsync(app, ActionKind.Letter);
        var paths = new[]
        {
            "/staff/actions", $"/staff/actions/{action.Id}", $"/staff/actions/{action.Id}/stats", $"/staff/actions/{action.Id}/stats?handler=Csv",
            "/staff/actions/deliveries", "/staff/actions/batches",
        };
        var campaigns = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var admin = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.OK, (await campaigns.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
            Assert.StartsWith("http://localhost/account/access-denied", (await volunteer.GetAsync(path)).Location(), StringComparison.Ordinal);
            Assert.StartsWith("http://localhost/account/access-denied", (await hotline.GetAsync(path)).Location(), StringComparison.Ordinal);
            Assert.StartsWith("http://localhost/account/sign-in", (await app.CreateBrowserClient().GetAsync(path)).Location(), StringComparison.Ordinal);
        }

        Assert.Contains(
            (await campaigns.GetDocumentAsync("/staff")).QuerySelectorAll(".section-list a"), a => a.GetAttribute("href") == "/staff/actions");
        Assert.DoesNotContain(
            (await volunteer.GetDocumentAsync("/staff")).QuerySelectorAll(".section-list a"), a => a.GetAttribute("href") == "/staff/actions");
    }
}

public sealed class StaffActionsOnSqlite(SqliteApp app) : StaffActionTests(app), IClassFixture<SqliteApp>;

public sealed class StaffActionsOnPostgres(PostgresApp app) : StaffActionTests(app), IClassFixture<PostgresApp>;

/// <summary>The per-network limit of the action forms, on an app configured with a small one.</summary>
public sealed class ActionRateLimitTests(ActionRateLimitTests.LowLimitApp app) : IClassFixture<ActionRateLimitTests.LowLimitApp>
{
    public sealed class LowLimitApp : SqliteApp
    {
        public LowLimitApp() => Set("Actions:FormPostsPerTenMinutes", "2");
    }

    [Fact]
    public async Task Too_many_posts_from_one_network_are_turned_away_and_reading_is_not_limited()
    {
        var action = await ActionAsync(app, ActionKind.Call);
        var client = app.CreateBrowserClient();
        var url = $"/act/{action.Slug}?zip=94110";
        var page = await client.GetDocumentAsync(url);
        for (var i = 0; i < 2; i++)
        {
            var ok = await PostReplyAsync(app, client, page, url, "#call-P000197 form", ActionStamps.Call, action.Id, new() { ["Reply.Outcome"] = nameof(CallOutcome.Busy) });
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }

        var refused = await PostReplyAsync(app, client, page, url, "#call-P000197 form", ActionStamps.Call, action.Id, new() { ["Reply.Outcome"] = nameof(CallOutcome.Busy) });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<CallReport>().CountAsync(c => c.ActionId == action.Id)));
    }
}
