using System.Net;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Accounts.SignInTests;

namespace Fairwatch.IntegrationTests.Accounts;

public abstract class TwoFactorTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_role_that_requires_two_factor_reaches_nothing_but_enrolment_then_signs_in_with_codes()
    {
        await app.RequireTwoFactorForAsync(StaffRoles.Administrator, StaffRoles.HotlineStaff);
        var email = Unique("hotline");
        await app.CreateUnenrolledStaffAsync(email, StaffRoles.HotlineStaff);
        var client = app.CreateBrowserClient();
        await SignInAsync(client, email, FairwatchFactory.StaffPassword);

        foreach (var path in new[] { "/staff", "/staff/admin/users" })
        {
            var gated = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, gated.StatusCode);
            Assert.Equal("/staff/account/two-factor?required=1", gated.Location());
        }

        var enrolment = await client.GetDocumentAsync("/staff/account/two-factor?required=1");
        Assert.Contains("requires two-factor", enrolment.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("data:image/png;base64,", enrolment.QuerySelector("img.qr")!.GetAttribute("src"), StringComparison.Ordinal);
        var key = enrolment.QuerySelector("code.key")!.TextContent;

        var wrong = await client.SubmitAsync(enrolment, "/staff/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        Assert.Contains("not right", (await HtmlForms.ParseAsync(wrong)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var enabled = await client.SubmitAsync("/staff/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        var codes = (await HtmlForms.ParseAsync(enabled)).QuerySelectorAll(".codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        // A new sign-in now asks for the code.
        var second = app.CreateBrowserClient();
        var password = await SignInAsync(second, email, FairwatchFactory.StaffPassword);
        Assert.StartsWith("/account/sign-in/two-factor", password.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/staff")).StatusCode);
        var withCode = await second.SubmitAsync(password.Location(), new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal("/staff", withCode.Location());
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/staff")).StatusCode);

        // A recovery code works once.
        Assert.True(await SignInWithRecoveryCodeAsync(email, codes[0]));
        Assert.False(await SignInWithRecoveryCodeAsync(email, codes[0]));
    }

    [Fact]
    public async Task A_role_the_administrator_adds_to_the_requirement_is_gated_at_once()
    {
        await app.RequireTwoFactorForAsync(StaffRoles.Administrator);
        var adminEmail = Unique("security-admin");
        await app.CreateUnenrolledStaffAsync(adminEmail, StaffRoles.Administrator);
        var admin = app.CreateBrowserClient();
        await SignInAsync(admin, adminEmail, FairwatchFactory.StaffPassword);
        await EnrolAsync(admin);
        var volunteerEmail = Unique("gated-volunteer");
        await app.CreateStaffAsync(volunteerEmail, StaffRoles.Volunteer);
        var volunteer = app.CreateBrowserClient();
        await SignInAsync(volunteer, volunteerEmail, FairwatchFactory.StaffPassword);
        Assert.Equal(HttpStatusCode.OK, (await volunteer.GetAsync("/staff")).StatusCode);

        var saved = await admin.SubmitAsync("/staff/admin/security",
            [new("roles", StaffRoles.Administrator), new("roles", StaffRoles.Volunteer)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var gated = await volunteer.GetAsync("/staff");
        Assert.Equal("/staff/account/two-factor?required=1", gated.Location());
    }

    [Fact]
    public async Task Roles_that_read_cases_always_need_two_factor_whatever_the_setting_says()
    {
        var admin = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var saved = await admin.SubmitAsync("/staff/admin/security", [new("roles", StaffRoles.Volunteer)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var security = await admin.GetDocumentAsync("/staff/admin/security");
        foreach (var role in StaffRoles.ReadSensitiveRecords)
        {
            var box = security.QuerySelector($"#role_{role}")!;
            Assert.True(box.HasAttribute("checked") && box.HasAttribute("disabled"), $"{role} can be unticked");
        }

        foreach (var role in StaffRoles.ReadSensitiveRecords)
        {
            var email = Unique($"always-{role}");
            await app.CreateUnenrolledStaffAsync(email, role);
            var client = app.CreateBrowserClient();
            await SignInAsync(client, email, FairwatchFactory.StaffPassword);
            Assert.Equal("/staff/account/two-factor?required=1", (await client.GetAsync("/staff")).Location());
        }

        await app.RequireTwoFactorForAsync();
    }

    private async Task EnrolAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/staff/account/two-factor");
        var key = page.QuerySelector("code.key")!.TextContent;
        await client.SubmitAsync(page, "/staff/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
    }

    private async Task<bool> SignInWithRecoveryCodeAsync(string email, string code)
    {
        var client = app.CreateBrowserClient();
        var password = await SignInAsync(client, email, FairwatchFactory.StaffPassword);
        var twoFactorPage = password.Location();
        var recovery = await client.SubmitAsync(twoFactorPage.Replace("/two-factor", "/recovery", StringComparison.Ordinal),
            new Dictionary<string, string> { ["Input.Code"] = code });
        return recovery.StatusCode == HttpStatusCode.Redirect && recovery.Location() == "/staff";
    }
}

public sealed class TwoFactorOnSqlite(SqliteApp app) : TwoFactorTests(app), IClassFixture<SqliteApp>;

public sealed class TwoFactorOnPostgres(PostgresApp app) : TwoFactorTests(app), IClassFixture<PostgresApp>;
