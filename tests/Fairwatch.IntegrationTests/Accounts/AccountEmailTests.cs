using System.Net;
using System.Text.RegularExpressions;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Accounts.SignInTests;

namespace Fairwatch.IntegrationTests.Accounts;

/// <summary>Account e-mails go through the outbox to a real SMTP server, and their links work.</summary>
public abstract partial class AccountEmailTests(FairwatchFactory app)
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_forgotten_password_is_reset_by_following_the_emailed_link()
    {
        var email = Unique("forgetful");
        await app.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        var client = app.CreateBrowserClient();

        var asked = await client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        Assert.Contains("we have sent it a link", (await HtmlForms.ParseAsync(asked)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var message = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email), MailWait);
        Assert.Equal("Reset your Fairwatch password", message.Subject);
        Assert.NotNull(message.MessageId);
        Assert.Contains("<a href=\"http://localhost/account/reset-password?", message.HtmlBody, StringComparison.Ordinal);
        var link = Link().Match(message.TextBody!).Value;
        Assert.StartsWith("http://localhost/account/reset-password?email=", link, StringComparison.Ordinal);

        var reset = await client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "a brand new passphrase",
            ["Input.ConfirmPassword"] = "a brand new passphrase",
        });
        Assert.Equal("/account/sign-in", reset.Location());

        Assert.Equal("/staff", (await SignInAsync(app.CreateBrowserClient(), email, "a brand new passphrase")).Location());
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app.CreateBrowserClient(), email, FairwatchFactory.StaffPassword)).StatusCode);

        // The link worked once; it does not work again.
        var again = await client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "yet another passphrase",
            ["Input.ConfirmPassword"] = "yet another passphrase",
        });
        Assert.Contains("not valid any more", (await HtmlForms.ParseAsync(again)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_a_reset_for_an_unknown_address_looks_the_same_and_sends_nothing()
    {
        var unknown = Unique("nobody");
        var response = await app.CreateBrowserClient().SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = unknown });

        Assert.Contains("we have sent it a link", (await HtmlForms.ParseAsync(response)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.OutboxMessages.Count(m => m.ToAddress == unknown))));
    }

    [Fact]
    public async Task An_administrator_invites_someone_who_follows_the_spanish_email_and_signs_in_with_their_roles()
    {
        await app.RequireTwoFactorForAsync();
        var adminEmail = Unique("inviter");
        await app.CreateStaffAsync(adminEmail, StaffRoles.Administrator);
        var admin = app.CreateBrowserClient();
        await SignInAsync(admin, adminEmail, FairwatchFactory.StaffPassword);
        var invitee = Unique("invitee");

        var invited = await admin.SubmitAsync("/staff/admin/users",
        [
            new("Input.Email", invitee), new("Input.DisplayName", "Lucía Pérez"), new("Input.Culture", "es"),
            new("Input.Roles", StaffRoles.VisitCoordinator), new("Input.Roles", StaffRoles.Volunteer),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var list = await admin.GetDocumentAsync("/staff/admin/users");
        Assert.Contains($"Invitation sent to {invitee}.", list.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Lucía Pérez", list.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var message = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(invitee), MailWait);
        Assert.Equal("Invitación a Fairwatch", message.Subject);
        Assert.Contains("Hola, Lucía Pérez:", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Visit coordinator, Volunteer", message.TextBody, StringComparison.Ordinal);
        var link = Link().Match(message.TextBody!).Value;

        var person = app.CreateBrowserClient();
        var accepted = await person.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "lucia's own passphrase",
            ["Input.ConfirmPassword"] = "lucia's own passphrase",
        });
        Assert.Equal("/account/sign-in", accepted.Location());
        Assert.Equal("/staff", (await SignInAsync(person, invitee, "lucia's own passphrase")).Location());
        // A visit coordinator can read cases, so her first stop is setting up two-factor sign-in.
        Assert.Equal("/staff/account/two-factor?required=1", (await person.GetAsync("/staff")).Location());
        var enrolment = await person.GetDocumentAsync("/staff/account/two-factor?required=1");
        var key = enrolment.QuerySelector("code.key")!.TextContent;
        await person.SubmitAsync(enrolment, "/staff/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        var dashboard = await person.GetDocumentAsync("/staff");
        Assert.Contains("Visit coordinator, Volunteer", dashboard.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_with_mistakes_is_refused_with_messages_and_keeps_what_was_typed()
    {
        await app.RequireTwoFactorForAsync();
        var adminEmail = Unique("careful-admin");
        await app.CreateStaffAsync(adminEmail, StaffRoles.Administrator);
        var admin = app.CreateBrowserClient();
        await SignInAsync(admin, adminEmail, FairwatchFactory.StaffPassword);
        var before = await app.WithDbAsync(db => Task.FromResult(db.Users.Count()));

        var response = await admin.SubmitAsync("/staff/admin/users", [new("Input.Email", "not an address"), new("Input.DisplayName", "Typed Name")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        var summary = page.QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Enter a valid e-mail address.", summary, StringComparison.Ordinal);
        Assert.Contains("Choose at least one role.", summary, StringComparison.Ordinal);
        Assert.Equal("Typed Name", page.QuerySelector("input[name='Input.DisplayName']")!.GetAttribute("value"));
        Assert.Equal(before, await app.WithDbAsync(db => Task.FromResult(db.Users.Count())));
    }

    [GeneratedRegex(@"http://localhost/account/[a-z-]+\?\S+")]
    private static partial Regex Link();
}

public sealed class AccountEmailOnSqlite(SqliteApp app) : AccountEmailTests(app), IClassFixture<SqliteApp>;

public sealed class AccountEmailOnPostgres(PostgresApp app) : AccountEmailTests(app), IClassFixture<PostgresApp>;
