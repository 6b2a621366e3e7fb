using System.Globalization;
using System.Net;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Signups;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Signups.SignupTestData;

namespace Fairwatch.IntegrationTests.Sharing;

/// <summary>With the proof-of-work switched on, public action forms take only solved (or, without JavaScript, patient) posts, once.</summary>
public abstract class ProofOfWorkTests(FairwatchFactory app)
{
    public const int Bits = 8;

    internal static void SwitchOn(FairwatchFactory app)
    {
        app.Set("Abuse:ProofOfWork", "On");
        app.Set("Abuse:ProofOfWorkBits", Bits.ToString(CultureInfo.InvariantCulture));
        app.Set("Abuse:ProofOfWorkNoScriptSeconds", "30");
    }

    [Fact]
    public async Task An_unsolved_post_is_refused_a_solved_one_is_taken_and_its_replay_is_refused()
    {
        var visitor = app.CreateBrowserClient();
        var page = await visitor.GetDocumentAsync("/signup");
        var form = page.QuerySelector("main form")!;
        Assert.Equal(Bits.ToString(CultureInfo.InvariantCulture), form.GetAttribute("data-pow-bits"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/pow.js']"));
        var challenge = page.QuerySelector("input[name='Pow.Challenge']")!.GetAttribute("value")!;

        var unsolvedEmail = SubscriberEmail("unsolved");
        var unsolved = await SignUpAsync(app, visitor, "/signup", null, unsolvedEmail);
        Assert.Equal(HttpStatusCode.TooManyRequests, unsolved.StatusCode);
        var told = await HtmlForms.ParseAsync(unsolved);
        Assert.Contains("Wait 30 seconds, then send the form again.", told.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(unsolvedEmail, told.QuerySelector("input[name='Signup.Email']")!.GetAttribute("value"));

        var nonce = Solve(challenge);
        var solvedEmail = SubscriberEmail("solved");
        var solved = await SignUpAsync(app, visitor, "/signup", null, solvedEmail, extra: Pow(challenge, nonce));
        Assert.Equal(HttpStatusCode.Redirect, solved.StatusCode);

        var replayed = await SignUpAsync(app, app.CreateBrowserClient(), "/signup", null, SubscriberEmail("replay"), extra: Pow(challenge, nonce));
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        var fresh = (await visitor.GetDocumentAsync("/signup")).QuerySelector("input[name='Pow.Challenge']")!.GetAttribute("value")!;
        var wrong = await SignUpAsync(app, visitor, "/signup", null, SubscriberEmail("wrong"), extra: Pow(fresh, WrongNonce(fresh)));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);

        Assert.Equal(["solved"], await app.WithDbAsync(db => db.Set<Signup>()
            .Where(s => s.Email == unsolvedEmail || s.Email == solvedEmail || s.Email.StartsWith("replay-") || s.Email.StartsWith("wrong-"))
            .Select(s => s.Email.Substring(0, 6)).ToListAsync()));
    }

    [Fact]
    public async Task Without_javascript_a_form_open_long_enough_is_taken_unsolved_once()
    {
        // A challenge issued a minute ago, as if the person had waited on the page.
        var challenge = ActivatorUtilities.CreateInstance<ProofOfWork>(app.Services, (TimeProvider)new MinuteAgo()).Issue("signup|organisation");
        var email = SubscriberEmail("patient");

        var taken = await SignUpAsync(app, app.CreateBrowserClient(), "/signup", null, email, extra: Pow(challenge, ""));
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await SignUpAsync(app, app.CreateBrowserClient(), "/signup", null, SubscriberEmail("again"), extra: Pow(challenge, ""))).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<Signup>().CountAsync(s => s.Email == email)));
    }

    private static Dictionary<string, string> Pow(string challenge, string nonce) => new() { ["Pow.Challenge"] = challenge, ["Pow.Nonce"] = nonce };

    private static string Solve(string challenge) =>
        Enumerable.Range(0, 1 << 20).Select(n => n.ToString(CultureInfo.InvariantCulture)).First(n => ProofOfWork.Solves(challenge, n, Bits));

    private static string WrongNonce(string challenge) =>
        Enumerable.Range(0, 1 << 20).Select(n => n.ToString(CultureInfo.InvariantCulture)).First(n => !ProofOfWork.Solves(challenge, n, Bits));

    private sealed class MinuteAgo : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddMinutes(-1);
    }
}

public sealed class ProofOfWorkOnSqlite(ProofOfWorkOnSqlite.App app) : ProofOfWorkTests(app), IClassFixture<ProofOfWorkOnSqlite.App>
{
    public sealed class App : SqliteApp
    {
        public App() => SwitchOn(this);
    }
}

public sealed class ProofOfWorkOnPostgres(ProofOfWorkOnPostgres.App app) : ProofOfWorkTests(app), IClassFixture<ProofOfWorkOnPostgres.App>
{
    public sealed class App : PostgresApp
    {
        public App() => SwitchOn(this);
    }
}
