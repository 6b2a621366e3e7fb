using System.Net;
using System.Xml.Linq;
using Fairwatch.Actions;
using Fairwatch.Actions.Cwc;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Actions.ActionTestData;

namespace Fairwatch.IntegrationTests.Actions;

/// <summary>A supporter writes a letter; every target gets its own message, each with a delivery record.</summary>
public abstract class LetterTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_letter_to_all_three_creates_three_deliveries_and_a_complete_house_document()
    {
        var action = await ActionAsync(app, ActionKind.Letter);
        var email = $"rosa-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        var fields = Supporter(email);
        fields["Letter.Address2"] = "Apt 2 & <3>";

        var sent = await SendLetterAsync(app, visitor, (action.Id, action.Slug), "94110", null, fields);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/act/{action.Slug}?sent=3", sent.LocationWithoutShareCode());
        var thanks = await visitor.GetDocumentAsync(sent.Location());
        Assert.Contains("It goes to 3 offices.", thanks.QuerySelector("#letter-sent")!.TextContent, StringComparison.Ordinal);
        Assert.Null(thanks.QuerySelector("form[action*='handler=Letter']"));

        var deliveries = await DeliveriesAsync(app, action.Id);
        Assert.Equal(3, deliveries.Count);
        Assert.Equal(
            [("Adam B. Schiff", DeliveryStatus.NeedsManualDelivery), ("Alex Padilla", DeliveryStatus.NeedsManualDelivery), ("Nancy Pelosi", DeliveryStatus.Queued)],
            deliveries.Select(d => (d.TargetName, d.Status)).OrderBy(d => d.TargetName, StringComparer.Ordinal));
        Assert.All(deliveries, d => Assert.Single(d.History));

        var house = deliveries.Single(d => d.Channel == DeliveryChannel.Cwc);
        var xml = XDocument.Parse(house.CwcDocument!);
        Assert.Empty(CwcSchema.Validate(xml));
        var cwc = xml.Root!;
        Assert.Equal(house.Key.ToString("N"), cwc.Element("Delivery")!.Element("DeliveryId")!.Value);
        Assert.Equal($"fairwatch-{action.Slug}", cwc.Element("Delivery")!.Element("CampaignId")!.Value);
        Assert.Equal("HCA11", cwc.Element("Recipient")!.Element("MemberOffice")!.Value);
        var constituent = cwc.Element("Constituent")!;
        Assert.Equal(
            ("Ms.", "Rosa", "Constituent", "1 Mission St", "Apt 2 & <3>", "San Francisco", "CA", "94110", email),
            (constituent.Element("Prefix")!.Value, constituent.Element("FirstName")!.Value, constituent.Element("LastName")!.Value,
             constituent.Element("Address1")!.Value, constituent.Element("Address2")!.Value, constituent.Element("City")!.Value,
             constituent.Element("StateAbbreviation")!.Value, constituent.Element("Zip")!.Value, constituent.Element("Email")!.Value));
        var message = cwc.Element("Message")!;
        Assert.Equal("Restore due process", message.Element("Subject")!.Value);
        Assert.Equal("Immigration", message.Element("LibraryOfCongressTopics")!.Element("LibraryOfCongressTopic")!.Value);
        Assert.Equal(LetterText, message.Element("OrganizationStatement")!.Value);
    }

    [Fact]
    public async Task A_fixed_target_gets_the_letter_by_email_and_its_delivery_follows_the_outbox()
    {
        var action = await ActionAsync(app, ActionKind.Letter, LawmakerTargets.None, fixedTarget: true);
        var email = $"writer-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        var page = await visitor.GetDocumentAsync($"/act/{action.Slug}");
        Assert.Null(page.QuerySelector("input#zip"));
        Assert.Equal("Ana Secretary", page.QuerySelector("#recipients-heading + ul h3")!.TextContent);
        var fields = Supporter(email);
        fields["Letter.State"] = "CA";
        fields["Letter.Zip"] = "94110";
        fields["Letter.Body"] = "My own words: please restore due process.";

        var sent = await SendLetterAsync(app, visitor, (action.Id, action.Slug), null, null, fields);

        Assert.Equal($"/act/{action.Slug}?sent=1", sent.LocationWithoutShareCode());
        var delivery = Assert.Single(await DeliveriesAsync(app, action.Id));
        Assert.Equal(DeliveryChannel.Email, delivery.Channel);
        var received = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(delivery.TargetEmail!), TimeSpan.FromSeconds(30));
        Assert.Equal("Restore due process", received.Subject);
        Assert.Equal(email, received.Headers["Reply-To"]);
        Assert.Contains("My own words: please restore due process.", received.TextBody, StringComparison.Ordinal);
        Assert.Contains("Rosa Constituent\n1 Mission St\nSan Francisco, CA 94110", received.TextBody, StringComparison.Ordinal);

        var delivered = await WaitForDeliveryAsync(app, delivery.Id, d => d.Status == DeliveryStatus.Sent);
        Assert.NotNull(delivered.SentAt);
        Assert.Equal([DeliveryActors.Supporter, DeliveryActors.Outbox], delivered.History.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Actor));
    }

    [Fact]
    public async Task Mistakes_are_explained_what_was_typed_is_kept_and_nothing_is_sent()
    {
        var action = await ActionAsync(app, ActionKind.Letter);
        var visitor = app.CreateBrowserClient();
        var fields = Supporter("not an address");
        fields["Letter.Prefix"] = "";
        fields["Letter.City"] = "";
        fields["Letter.Body"] = "Kept text\nover two lines";

        var response = await SendLetterAsync(app, visitor, (action.Id, action.Slug), "60614", "IL-5", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var summary = page.QuerySelector(".error-summary")!;
        Assert.Equal(
            ["#Letter_City", "#Letter_Email", "#Letter_Prefix"],
            summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Order(StringComparer.Ordinal));
        Assert.Contains("Enter a valid e-mail address.", summary.TextContent, StringComparison.Ordinal);
        Assert.Equal("Rosa", page.QuerySelector("input[name='Letter.FirstName']")!.GetAttribute("value"));
        Assert.Equal("not an address", page.QuerySelector("input[name='Letter.Email']")!.GetAttribute("value"));
        Assert.Equal("Kept text\nover two lines", page.QuerySelector("textarea[name='Letter.Body']")!.TextContent.TrimStart('\n'));
        Assert.Equal("IL-5", page.QuerySelector("form[action*='handler=Letter'] input[name=district]")!.GetAttribute("value"));
        Assert.Contains("Mike Quigley", page.QuerySelector("#recipients-heading + ul")!.TextContent, StringComparison.Ordinal);

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await HtmlForms.ParseAsync(await SendLetterAsync(app, spanish, (action.Id, action.Slug), "94110", null, new Dictionary<string, string> { ["Letter.Prefix"] = "Ms." }));
        Assert.Contains("Escriba su nombre.", es.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        Assert.Empty(await DeliveriesAsync(app, action.Id));
    }

    [Fact]
    public async Task A_letter_sent_back_at_once_is_refused_as_too_fast_and_keeps_its_stamp()
    {
        var action = await ActionAsync(app, ActionKind.Letter);
        var visitor = app.CreateBrowserClient();
        var url = $"/act/{action.Slug}?zip=94110";
        var form = await visitor.GetDocumentAsync(url);
        var stamp = form.QuerySelector("input[name='Letter.Stamp']")!.GetAttribute("value");

        var response = await visitor.SubmitAsync(form, url, Supporter("fast@example.org"), "form[action*='handler=Letter']");

        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("quicker than anyone can read and sign a letter", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(stamp, page.QuerySelector("input[name='Letter.Stamp']")!.GetAttribute("value"));
        Assert.Empty(await DeliveriesAsync(app, action.Id));

        var trapped = Supporter("bot@example.org");
        trapped["Letter.Website"] = "https://spam.example";
        Assert.Equal(HttpStatusCode.Redirect, (await SendLetterAsync(app, visitor, (action.Id, action.Slug), "94110", null, trapped)).StatusCode);
        Assert.Empty(await DeliveriesAsync(app, action.Id));
    }

    [Fact]
    public async Task The_campaign_page_counts_letters_live_and_no_public_page_shows_the_supporter()
    {
        var action = await ActionAsync(app, ActionKind.Letter);
        var email = $"private-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        var campaignSlug = await app.WithDbAsync(db => db.Set<Fairwatch.Campaigns.Campaign>().Where(c => c.Id == action.CampaignId).Select(c => c.Slug).SingleAsync());
        var before = await visitor.GetDocumentAsync($"/campaigns/{campaignSlug}");
        Assert.Contains("Letters written", before.QuerySelector(".counts__live dt")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("0", before.QuerySelector(".counts__live dd")!.TextContent);
        Assert.Contains("counted here, as of", before.QuerySelector(".counts__live .counts__date")!.TextContent, StringComparison.Ordinal);

        var sent = await SendLetterAsync(app, visitor, (action.Id, action.Slug), "94110", null, Supporter(email));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        // A staff change evicts the cached campaign page; the count is then read again.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>().EvictByTagAsync(Fairwatch.Campaigns.CampaignService.CacheTag, CancellationToken.None);
        }

        Assert.Equal("1", (await visitor.GetDocumentAsync($"/campaigns/{campaignSlug}")).QuerySelector(".counts__live dd")!.TextContent);
        foreach (var path in new[] { $"/campaigns/{campaignSlug}", sent.Location(), $"/act/{action.Slug}?zip=94110", "/campaigns" })
        {
            var body = await visitor.GetStringAsync(path);
            Assert.DoesNotContain(email, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("1 Mission St", body, StringComparison.Ordinal);
        }
    }
}

public sealed class LettersOnSqlite(SqliteApp app) : LetterTests(app), IClassFixture<SqliteApp>;

public sealed class LettersOnPostgres(PostgresApp app) : LetterTests(app), IClassFixture<PostgresApp>;
