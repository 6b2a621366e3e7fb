using System.Net;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Accounts;

public abstract class SignInTests(FairwatchFactory app)
{
    [Fact]
    public async Task Staff_sign_in_reach_the_staff_area_and_sign_out()
    {
        var email = Unique("campaigns");
        await app.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        var client = app.CreateBrowserClient();

        var signIn = await SignInAsync(client, email, FairwatchFactory.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/staff", signIn.Location());

        var dashboard = await client.GetDocumentAsync("/staff");
        Assert.Contains("Campaign staff", dashboard.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var signOut = await client.SubmitAsync(dashboard, "/staff", new Dictionary<string, string>(), ".staff-nav form");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        var after = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", after.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_clear_message_that_keeps_the_email()
    {
        var email = Unique("typo");
        await app.CreateStaffAsync(email, StaffRoles.Volunteer);
        var client = app.CreateBrowserClient();

        var response = await SignInAsync(client, email, "not the password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("The e-mail address or password is not right.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(email, page.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("input[name='Input.Password']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var email = Unique("locked");
        await app.CreateStaffAsync(email, StaffRoles.Volunteer);
        var client = app.CreateBrowserClient();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await SignInAsync(client, email, $"wrong {attempt}");
        }

        var response = await SignInAsync(client, email, FairwatchFactory.StaffPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("locked for 15 minutes", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task Empty_fields_are_reported_in_the_visitors_language()
    {
        var client = app.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var response = await client.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = "", ["Input.Password"] = "" });

        var summary = (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Escriba su correo electrónico.", summary, StringComparison.Ordinal);
        Assert.Contains("Escriba su contraseña.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_staff_section_opens_only_to_its_roles()
    {
        var volunteer = app.CreateBrowserClient();
        var volunteerEmail = Unique("volunteer");
        await app.CreateStaffAsync(volunteerEmail, StaffRoles.Volunteer);
        await SignInAsync(volunteer, volunteerEmail, FairwatchFactory.StaffPassword);
        var admin = app.CreateBrowserClient();
        var adminEmail = Unique("admin");
        await app.CreateStaffAsync(adminEmail, StaffRoles.Administrator);
        await app.RequireTwoFactorForAsync();
        await SignInAsync(admin, adminEmail, FairwatchFactory.StaffPassword);
        var anonymous = app.CreateBrowserClient();

        string[] adminPages = ["/staff/admin/users", "/staff/admin/security", "/staff/admin/outbox"];
        foreach (var path in adminPages)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(path)).StatusCode);
            var denied = await volunteer.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("http://localhost/account/access-denied", denied.Location(), StringComparison.Ordinal);
            var challenged = await anonymous.GetAsync(path);
            Assert.StartsWith("http://localhost/account/sign-in", challenged.Location(), StringComparison.Ordinal);
        }

        foreach (var path in new[] { "/staff", "/staff/account/two-factor", "/staff/account/password" })
        {
            Assert.Equal(HttpStatusCode.OK, (await volunteer.GetAsync(path)).StatusCode);
            Assert.StartsWith("http://localhost/account/sign-in", (await anonymous.GetAsync(path)).Location(), StringComparison.Ordinal);
        }

        var deniedPage = await volunteer.GetAsync("/account/access-denied");
        Assert.Equal(HttpStatusCode.Forbidden, deniedPage.StatusCode);
        var dashboard = await volunteer.GetDocumentAsync("/staff");
        Assert.DoesNotContain(dashboard.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/staff/admin/users");
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var email = Unique("disabled");
        var user = await app.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var admin = await app.CreateStaffAsync(Unique("disabler"), StaffRoles.Administrator);
            var result = await scope.ServiceProvider.GetRequiredService<StaffDirectory>().SetDisabledAsync(user.Id, true, admin.Id);
            Assert.True(result.Succeeded, result.Error);
        }

        var response = await SignInAsync(app.CreateBrowserClient(), email, FairwatchFactory.StaffPassword);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not right", (await HtmlForms.ParseAsync(response)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_never_redirects_to_another_site()
    {
        var email = Unique("redirect");
        await app.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        var client = app.CreateBrowserClient();

        var response = await client.SubmitAsync("/account/sign-in?returnUrl=%2F%2Fevil.example%2F",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = FairwatchFactory.StaffPassword });

        Assert.Equal("/staff", response.Location());
    }

    [Fact]
    public async Task Staff_change_their_own_password_and_the_old_one_stops_working()
    {
        var email = Unique("changer");
        await app.CreateStaffAsync(email, StaffRoles.DataAnalyst);
        await app.RequireTwoFactorForAsync();
        var client = app.CreateBrowserClient();
        await SignInAsync(client, email, FairwatchFactory.StaffPassword);

        var wrong = await client.SubmitAsync("/staff/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not my password", ["Input.Password"] = "my new long passphrase", ["Input.ConfirmPassword"] = "my new long passphrase",
        });
        Assert.Contains("Your current password is not right.", (await HtmlForms.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var changed = await client.SubmitAsync("/staff/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = FairwatchFactory.StaffPassword, ["Input.Password"] = "my new long passphrase", ["Input.ConfirmPassword"] = "my new long passphrase",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(app.CreateBrowserClient(), email, FairwatchFactory.StaffPassword)).StatusCode);
        Assert.Equal("/staff", (await SignInAsync(app.CreateBrowserClient(), email, "my new long passphrase")).Location());
    }

    internal static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        FairwatchFactory.SignInAsync(client, email, password);

    internal static string Unique(string name) => $"{name}-{Guid.NewGuid():N}@example.org";
}

public sealed class SignInOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
