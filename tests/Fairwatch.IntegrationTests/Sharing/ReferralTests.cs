using System.Net;
using AngleSharp.Html.Dom;
using Fairwatch.Accounts;
using Fairwatch.Actions;
using Fairwatch.Events;
using Fairwatch.IntegrationTests.Actions;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Petitions;
using Fairwatch.Photos;
using Fairwatch.Pledges;
using Fairwatch.Sharing;
using Fairwatch.Signups;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Petitions.PetitionTestData;

namespace Fairwatch.IntegrationTests.Sharing;

/// <summary>A signer shares; the people who act through the links are counted for the signer and shown to staff.</summary>
public abstract class ReferralTests(FairwatchFactory app)
{
    [Fact]
    public async Task Actions_through_a_signers_links_are_counted_for_the_signer_and_shown_to_staff_by_code_and_channel()
    {
        var slug = Slug("referral");
        var id = await PetitionAsync(app, slug);
        var sharer = app.CreateBrowserClient();
        var signed = await SignAsync(app, sharer, $"/petitions/{slug}", id, SignerEmail("sharer"));
        var code = signed.Location()[(signed.Location().IndexOf("code=", StringComparison.Ordinal) + 5)..];

        // The thank-you page: plain share links carrying the code and the channel, and nothing loaded from elsewhere.
        var thanks = await sharer.GetDocumentAsync(signed.Location());
        var step = thanks.QuerySelector(".share-step")!;
        var shared = $"http://localhost/petitions/{slug}?ref={code}&via=";
        var links = step.QuerySelectorAll("a[data-channel]").ToDictionary(a => a.GetAttribute("data-channel")!, a => a.GetAttribute("href")!);
        Assert.Equal(["email", "whatsapp", "facebook", "x", "bluesky"], links.Keys);
        Assert.StartsWith("mailto:?subject=", links["email"], StringComparison.Ordinal);
        Assert.StartsWith("https://wa.me/?text=", links["whatsapp"], StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(shared + "whatsapp"), links["whatsapp"], StringComparison.Ordinal);
        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=" + Uri.EscapeDataString(shared + "facebook"), links["facebook"]);
        Assert.StartsWith("https://x.com/intent/post?text=", links["x"], StringComparison.Ordinal);
        Assert.StartsWith("https://bsky.app/intent/compose?text=", links["bluesky"], StringComparison.Ordinal);
        Assert.Contains(shared + "copy", ((IHtmlTextAreaElement)step.QuerySelector("textarea")!).Value, StringComparison.Ordinal);
        Assert.DoesNotContain(thanks.QuerySelectorAll("script[src], img[src], iframe, link[rel=stylesheet], link[rel=preload]").Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!),
            u => u.StartsWith("http", StringComparison.Ordinal) || u.StartsWith("//", StringComparison.Ordinal));
        Assert.Equal($"/r/{code}", step.QuerySelector($"a[href='/r/{code}']")!.GetAttribute("href"));

        // A friend arrives by WhatsApp and signs; the code travels in the form, no cookie needed.
        var friend = app.CreateBrowserClient();
        var friendEmail = SignerEmail("friend");
        var form = await friend.GetDocumentAsync($"/petitions/{slug}?ref={code}&via=whatsapp");
        Assert.Equal(code, ((IHtmlInputElement)form.QuerySelector("input[name='Signature.Ref']")!).Value);
        Assert.StartsWith($"/petitions/{slug}/signed?code=", (await SignAsync(app, friend, $"/petitions/{slug}?ref={code}&via=whatsapp", id, friendEmail)).Location(), StringComparison.Ordinal);
        // Another signs up for updates from a link shared by e-mail; a third arrives with a mangled code, which is ignored.
        Assert.StartsWith("/signup/sent", (await Signups.SignupTestData.SignUpAsync(app, app.CreateBrowserClient(), $"/signup?ref={code}&via=email", null, SignerEmail("subscriber"))).Location(), StringComparison.Ordinal);
        var stranger = SignerEmail("stranger");
        await SignAsync(app, app.CreateBrowserClient(), $"/petitions/{slug}?ref=not-a-code!&via=whatsapp", id, stranger);

        var stored = await app.WithDbAsync(db => db.Set<PetitionSignature>().AsNoTracking().SingleAsync(s => s.Email == friendEmail));
        Assert.Equal((code, "whatsapp"), (stored.ReferredBy, stored.ReferredVia));
        Assert.Matches("^[a-z0-9]{10}$", stored.ReferralCode);
        Assert.NotEqual(code, stored.ReferralCode);
        Assert.Null(await app.WithDbAsync(db => db.Set<PetitionSignature>().Where(s => s.Email == stranger).Select(s => s.ReferredBy).SingleAsync()));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Signup>().CountAsync(s => s.ReferredBy == code && s.ReferredVia == "email")));

        // The sharer sees only a count.
        var recruited = await app.CreateBrowserClient().GetDocumentAsync($"/r/{code}");
        Assert.Equal("2", recruited.QuerySelector("[data-count=recruited]")!.TextContent);
        Assert.DoesNotContain(friendEmail, recruited.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal("0", (await app.CreateBrowserClient().GetDocumentAsync($"/r/{stored.ReferralCode}")).QuerySelector("[data-count=recruited]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync("/r/not-a-code")).StatusCode);

        // Staff see the top codes and the channels of the petition.
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var source = (await staff.GetDocumentAsync("/staff/referrals")).QuerySelector($".referral-source[data-source='/staff/petitions/{id}']")!;
        Assert.Equal("1", source.QuerySelector("[data-count=total]")!.TextContent);
        Assert.Equal([$"{code}|1"], source.QuerySelectorAll(".referral-codes tbody tr").Select(Row));
        Assert.Equal(["whatsapp|1"], source.QuerySelectorAll(".referral-channels tbody tr").Select(Row));
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.SignedInStaffAsync(StaffRoles.HotlineStaff)).GetAsync("/staff/referrals")).StatusCode);
    }

    [Fact]
    public async Task Every_kind_of_action_ends_with_a_share_step_and_counts_for_the_link_it_came_through()
    {
        // Someone's code, as it arrives on each shared link.
        var code = Referrals.NewCode();
        var shareSteps = new List<string>();

        var letter = await ActionTestData.ActionAsync(app, ActionKind.Letter);
        var letterUrl = $"/act/{letter.Slug}?zip=94110&ref={code}&via=email";
        var writer = app.CreateBrowserClient();
        var fields = ActionTestData.Supporter(SignerEmail("writer"));
        fields["Letter.Stamp"] = await ActionTestData.StampAsync(app, ActionStamps.Letter, letter.Id);
        shareSteps.Add((await writer.SubmitAsync(await writer.GetDocumentAsync(letterUrl), letterUrl, fields, "form[action*='handler=Letter']")).Location());

        var call = await ActionTestData.ActionAsync(app, ActionKind.Call);
        var callUrl = $"/act/{call.Slug}?zip=94110&ref={code}&via=whatsapp";
        var caller = app.CreateBrowserClient();
        shareSteps.Add((await ActionTestData.PostReplyAsync(app, caller, await caller.GetDocumentAsync(callUrl), callUrl, "#call-P000197 form", ActionStamps.Call, call.Id,
            new() { ["Reply.Outcome"] = nameof(CallOutcome.SpokeToStaff) })).Location());

        var ev = await Events.EventTestData.EventAsync(app, capacity: 10);
        shareSteps.Add((await Events.EventTestData.ReplyAsync(app, app.CreateBrowserClient(), ev, "Ana Guest", SignerEmail("guest"), query: $"?ref={code}&via=facebook")).Location());

        var pledgeSlug = Pledges.PledgeTestData.Slug("shared-pledge");
        var pledge = await Pledges.PledgeTestData.PledgeAsync(app, pledgeSlug);
        shareSteps.Add((await app.CreateBrowserClient().SubmitAsync($"/pledges/{pledgeSlug}?ref={code}&via=x", new Dictionary<string, string>
        {
            ["Ally.Name"] = "Ana Ally",
            ["Ally.Email"] = SignerEmail("ally"),
            ["Ally.City"] = "Chicago",
            ["Ally.Stamp"] = Pledges.PledgeTestData.PledgeStamp(app, pledge),
        })).Location());

        var wall = await Pledges.PledgeTestData.CampaignAsync(app);
        shareSteps.Add((await Pledges.PledgeTestData.SendPhotoAsync(
            app, app.CreateBrowserClient(), wall.Slug, wall.Id, Pledges.PledgeTestData.Fixture("gps-photo.jpg"), email: SignerEmail("photographer"), query: $"?ref={code}&via=bluesky")).Location());

        // Each thank-you page offers the person's own code to share in turn: a new one, stored with their action.
        var ownCodes = new List<string>();
        foreach (var location in shareSteps)
        {
            var ownCode = new Uri("http://localhost" + location).Query.Split('&').Single(p => p.TrimStart('?').StartsWith("code=", StringComparison.Ordinal)).Split('=')[1];
            var step = (await app.CreateBrowserClient().GetDocumentAsync(location)).QuerySelector(".share-step");
            Assert.True(step is not null, $"No share step on {location}");
            Assert.NotNull(step.QuerySelector($"a[href='/r/{ownCode}']"));
            Assert.Contains($"ref={ownCode}&via=whatsapp", Uri.UnescapeDataString(step.QuerySelector("a[data-channel=whatsapp]")!.GetAttribute("href")!), StringComparison.Ordinal);
            ownCodes.Add(ownCode);
        }

        Assert.Equal(5, ownCodes.Distinct().Count());
        var stored = await app.WithDbAsync(async db => new[]
        {
            await db.Set<Letter>().Where(l => l.ReferredBy == code).Select(l => l.ReferralCode + "|" + l.ReferredVia).SingleAsync(),
            await db.Set<CallReport>().Where(c => c.ReferredBy == code).Select(c => c.ReferralCode + "|" + c.ReferredVia).SingleAsync(),
            await db.Set<Rsvp>().Where(r => r.ReferredBy == code).Select(r => r.ReferralCode + "|" + r.ReferredVia).SingleAsync(),
            await db.Set<PledgeAlly>().Where(a => a.ReferredBy == code).Select(a => a.ReferralCode + "|" + a.ReferredVia).SingleAsync(),
            await db.Set<WallPhoto>().Where(p => p.ReferredBy == code).Select(p => p.ReferralCode + "|" + p.ReferredVia).SingleAsync(),
        });
        Assert.Equal(ownCodes.Zip(["email", "whatsapp", "facebook", "x", "bluesky"], (own, via) => $"{own}|{via}"), stored);

        Assert.Equal("5", (await app.CreateBrowserClient().GetDocumentAsync($"/r/{code}")).QuerySelector("[data-count=recruited]")!.TextContent);

        // Staff see each of them as a source, with the code that brought it.
        var report = await (await app.SignedInStaffAsync(StaffRoles.CampaignStaff)).GetDocumentAsync("/staff/referrals");
        foreach (var (link, via) in new[]
        {
            ($"/staff/actions/{letter.Id}/stats", "email"), ($"/staff/actions/{call.Id}/stats", "whatsapp"), ($"/staff/events/{ev.Id}/replies", "facebook"),
            ($"/staff/pledges/{pledge}", "x"), ("/staff/photos", "bluesky"),
        })
        {
            var sources = report.QuerySelectorAll($".referral-source[data-source='{link}']")
                .Where(s => s.QuerySelectorAll(".referral-codes tbody tr").Select(Row).Contains($"{code}|1")).ToList();
            var source = Assert.Single(sources);
            Assert.Contains($"{via}|1", source.QuerySelectorAll(".referral-channels tbody tr").Select(Row));
        }
    }

    private static string Row(AngleSharp.Dom.IElement tr) => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
}

public sealed class ReferralsOnSqlite(SqliteApp app) : ReferralTests(app), IClassFixture<SqliteApp>;

public sealed class ReferralsOnPostgres(PostgresApp app) : ReferralTests(app), IClassFixture<PostgresApp>;
