using System.Net;
using System.Text.RegularExpressions;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Signups;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Signups.SignupTestData;

namespace Fairwatch.IntegrationTests.Signups;

/// <summary>A visitor signs up for updates, confirms by the e-mailed link, and stops them in one click; staff count and export.</summary>
public abstract partial class SignupTests(FairwatchFactory app)
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_visitor_is_subscribed_only_after_following_the_emailed_link_and_signing_up_again_reveals_nothing()
    {
        var (campaignId, slug) = await CampaignAsync(app);
        var email = SubscriberEmail("ana");
        var visitor = app.CreateBrowserClient();
        visitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var form = await visitor.GetDocumentAsync($"/signup/{slug}");
        Assert.Contains("Debido proceso para todos", form.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("es", form.QuerySelector("input[name='Signup.Language'][checked]")!.GetAttribute("value"));

        var sent = await SignUpAsync(app, visitor, $"/signup/{slug}", campaignId, "  " + email.ToUpperInvariant(), "Ana", "es");

        Assert.Matches($"^/signup/sent\\?list={slug}&code=[a-z0-9]{{10}}$", sent.Location());
        Assert.Contains("Revise su bandeja de entrada", (await visitor.GetDocumentAsync(sent.Location())).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Set<Signup>().AsNoTracking().SingleAsync(s => s.CampaignId == campaignId));
        Assert.Equal((email, "Ana", "es", SignupStatus.Pending, SignupSources.CampaignSignupPage), (stored.Email, stored.Name, stored.Culture, stored.Status, stored.Source));
        Assert.Null(stored.ConfirmedAt);

        var message = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email), MailWait);
        Assert.Equal("Confirme, por favor: novedades de Debido proceso para todos", message.Subject);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("<http://localhost/signup/unsubscribe?token=", message.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        var link = ConfirmLink().Match(message.TextBody!).Value;
        Assert.NotEmpty(link);

        // Again while pending, typed differently: the same answer, and no second e-mail so soon.
        var again = await SignUpAsync(app, app.CreateBrowserClient(), $"/signup/{slug}", campaignId, email, "Someone else");
        Assert.StartsWith($"/signup/sent?list={slug}&code=", again.Location(), StringComparison.Ordinal);
        Assert.Equal(1, await EmailsToAsync(email));

        // Opening the link only shows a button (mail scanners open links); pressing it subscribes, twice is harmless.
        var confirmPage = await visitor.GetDocumentAsync(link);
        Assert.Equal(SignupStatus.Pending, await StatusAsync(stored.Id));
        var confirmed = await HtmlForms.ParseAsync(await visitor.SubmitAsync(confirmPage, link, new Dictionary<string, string>()));
        Assert.Contains("Está suscrito", confirmed.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var twice = await HtmlForms.ParseAsync(await visitor.SubmitAsync(confirmPage, link, new Dictionary<string, string>()));
        Assert.Contains("Está suscrito", twice.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var subscribed = await app.WithDbAsync(db => db.Set<Signup>().AsNoTracking().SingleAsync(s => s.Id == stored.Id));
        Assert.Equal(SignupStatus.Confirmed, subscribed.Status);
        Assert.NotNull(subscribed.ConfirmedAt);

        // A stranger who types a subscribed address is told exactly what anyone is told; the owner gets a note.
        await app.WithDbAsync(db => db.Set<Signup>().Where(s => s.Id == stored.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailedAt, DateTime.UtcNow.AddHours(-1))));
        var stranger = await SignUpAsync(app, app.CreateBrowserClient(), $"/signup/{slug}", campaignId, email, "Stranger");
        Assert.StartsWith($"/signup/sent?list={slug}&code=", stranger.Location(), StringComparison.Ordinal);
        var note = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email) && m.Subject.StartsWith("Ya recibe", StringComparison.Ordinal), MailWait);
        Assert.DoesNotContain("/signup/confirm", note.TextBody, StringComparison.Ordinal);
        Assert.Equal(SignupStatus.Confirmed, await StatusAsync(stored.Id));

        // A forged or missing token changes nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/signup/confirm?token=forged")).StatusCode);

        // A second, unconfirmed address, so that staff see both counts.
        await SignUpAsync(app, app.CreateBrowserClient(), $"/signup/{slug}", campaignId, SubscriberEmail("ben"), "=HYPERLINK(\"x\")");
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var row = (await staff.GetDocumentAsync("/staff/signups")).QuerySelector($"tr[data-list='{campaignId}']")!;
        Assert.Equal(("1", "1", "0"), (row.QuerySelector("[data-count=confirmed]")!.TextContent, row.QuerySelector("[data-count=pending]")!.TextContent, row.QuerySelector("[data-count=unsubscribed]")!.TextContent));

        var csv = await staff.GetAsync($"/staff/signups/{campaignId}/subscribers.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("E-mail,Name,Language,Status,Form,First asked (UTC),Last asked (UTC),Confirmed (UTC),Unsubscribed (UTC)", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{email},Ana,es,Confirmed,campaign-signup-page,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", lines[2], StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.SignedInStaffAsync(StaffRoles.HotlineStaff)).GetAsync($"/staff/signups/{campaignId}/subscribers.csv")).StatusCode);
    }

    [Fact]
    public async Task The_mail_programs_one_click_unsubscribe_stops_the_updates_and_a_person_gets_a_button()
    {
        var email = SubscriberEmail("oneclick");
        var visitor = app.CreateBrowserClient();
        Assert.StartsWith("/signup/sent?code=", (await SignUpAsync(app, visitor, "/signup", null, email, "Olga")).Location(), StringComparison.Ordinal);
        var message = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email), MailWait);
        Assert.StartsWith("Please confirm: updates from", message.Subject, StringComparison.Ordinal);
        var link = ConfirmLink().Match(message.TextBody!).Value;
        await visitor.SubmitAsync(await visitor.GetDocumentAsync(link), link, new Dictionary<string, string>());
        var unsubscribe = message.Headers["List-Unsubscribe"].Trim('<', '>');
        Assert.Contains(unsubscribe, message.TextBody, StringComparison.Ordinal);

        // A person who opens the link sees a button and nothing changes until it is pressed.
        var human = await visitor.GetDocumentAsync(unsubscribe);
        Assert.Contains("Stop the e-mails", human.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
        var id = await app.WithDbAsync(db => db.Set<Signup>().Where(s => s.Email == email && s.CampaignId == null).Select(s => s.Id).SingleAsync());
        Assert.Equal(SignupStatus.Confirmed, await StatusAsync(id));

        // The mail program: a POST with no cookie and no token but the link's own.
        using (var mailProgram = new HttpClient(app.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost") })
        {
            var oneClick = await mailProgram.PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
            Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
            Assert.Contains("You will get no more updates from this list", await oneClick.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await mailProgram.PostAsync(unsubscribe, new FormUrlEncodedContent([]))).StatusCode);
        }

        var row = await app.WithDbAsync(db => db.Set<Signup>().AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(SignupStatus.Unsubscribed, row.Status);
        Assert.NotNull(row.UnsubscribedAt);
        // The old confirmation link does not subscribe the address again.
        var old = await visitor.GetDocumentAsync(link);
        Assert.Contains("You unsubscribed from this list", old.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Null(old.QuerySelector("main form"));
        var token = Uri.UnescapeDataString(link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        await visitor.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["Token"] = token }));
        Assert.Equal(SignupStatus.Unsubscribed, await StatusAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.PostAsync("/signup/unsubscribe?token=forged", new FormUrlEncodedContent([]))).StatusCode);
    }

    [Fact]
    public async Task Mistakes_are_explained_what_was_typed_is_kept_and_nothing_is_stored()
    {
        var (campaignId, slug) = await CampaignAsync(app);
        var visitor = app.CreateBrowserClient();

        var page = await HtmlForms.ParseAsync(await SignUpAsync(app, visitor, $"/signup/{slug}", campaignId, "not-an-address", "Kept name"));
        Assert.Contains("Enter a valid e-mail address.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept name", page.QuerySelector("input[name='Signup.Name']")!.GetAttribute("value"));

        var wrongForm = await HtmlForms.ParseAsync(await SignUpAsync(app, visitor, $"/signup/{slug}", campaignId, SubscriberEmail("other"), stamp: await WrittenAMinuteAgoAsync(app, null)));
        Assert.Contains("We could not check this form", wrongForm.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var bot = await SignUpAsync(app, visitor, $"/signup/{slug}", campaignId, SubscriberEmail("bot"), website: "https://spam.example");
        Assert.StartsWith("/signup/sent", bot.Location(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Signup>().CountAsync(s => s.CampaignId == campaignId)));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/signup/no-such-campaign")).StatusCode);
    }

    private Task<SignupStatus> StatusAsync(long id) =>
        app.WithDbAsync(db => db.Set<Signup>().Where(s => s.Id == id).Select(s => s.Status).SingleAsync());

    private Task<int> EmailsToAsync(string email) =>
        app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == email));

    [GeneratedRegex(@"http://localhost/signup/confirm\?token=[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmLink();
}

public sealed class SignupsOnSqlite(SqliteApp app) : SignupTests(app), IClassFixture<SqliteApp>;

public sealed class SignupsOnPostgres(PostgresApp app) : SignupTests(app), IClassFixture<PostgresApp>;
