using System.Net;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Protection;
using Fairwatch.Visits;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Visits;

/// <summary>Someone applies to visit; a coordinator screens, trains and activates them, and they are invited to sign in as a volunteer.</summary>
public abstract class VolunteerTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_person_applies_a_coordinator_moves_them_to_active_and_they_are_invited_as_a_volunteer()
    {
        var email = $"visitor-{Guid.NewGuid():N}@example.org";
        var applied = await ApplyAsync(app.CreateBrowserClient(), email, "/volunteer?lang=es");
        Assert.Equal("/volunteer/thanks?lang=es", applied.Location());
        var id = await app.WithDbAsync(db => db.Set<VolunteerApplication>().Where(a => a.Email == email).Select(a => a.Id).SingleAsync());

        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        var list = await coordinator.GetDocumentAsync("/staff/volunteers?status=Applied");
        Assert.NotNull(list.QuerySelector($"[data-applicant='{id}']"));
        var page = await coordinator.GetDocumentAsync($"/staff/volunteers/{id}");
        Assert.Contains("Saturday mornings", page.QuerySelector(".case-facts")!.TextContent, StringComparison.Ordinal);

        // One step at a time: straight to active is refused and changes nothing.
        var skipped = await coordinator.SubmitAsync(page, $"/staff/volunteers/{id}", new Dictionary<string, string> { ["status"] = nameof(ApplicantStatus.Active) }, "form[action*='handler=Move']");
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        var note = $"Spoke by phone; strong Mam speaker {Guid.NewGuid():N}";
        foreach (var (step, text) in new[] { (ApplicantStatus.Screening, note), (ApplicantStatus.Training, ""), (ApplicantStatus.Active, "Finished the March training.") })
        {
            page = await coordinator.GetDocumentAsync($"/staff/volunteers/{id}");
            var moved = await coordinator.SubmitAsync(page, $"/staff/volunteers/{id}", new Dictionary<string, string> { ["status"] = step.ToString(), ["note"] = text }, "form[action*='handler=Move']");
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        var active = await app.WithDbAsync(db => db.Set<VolunteerApplication>().AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicantStatus.Active, active.Status);
        Assert.NotNull(active.StaffUserId);
        var account = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == active.StaffUserId));
        Assert.Equal(("Rosa Visitor", "es"), (account.DisplayName, account.PreferredCulture));
        var invitation = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email), TimeSpan.FromSeconds(30));
        Assert.Equal("Invitación a Fairwatch", invitation.Subject);

        var history = (await coordinator.GetDocumentAsync($"/staff/volunteers/{id}")).QuerySelector(".case-history")!.TextContent;
        Assert.Contains("Status: Applied → Screening", history, StringComparison.Ordinal);
        Assert.Contains(note, history, StringComparison.Ordinal);
        await CanaryScan.AssertNotStoredAsync(app, note);
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().CountAsync(e => e.RecordType == VolunteerService.AuditType && e.RecordId == id.ToString() && e.Action == AuditAction.Changed)) == 3);
    }

    [Fact]
    public async Task Mistakes_are_explained_what_was_typed_is_kept_and_nothing_is_stored()
    {
        var before = await app.WithDbAsync(db => db.Set<VolunteerApplication>().CountAsync());
        var visitor = app.CreateBrowserClient();
        var response = await visitor.SubmitAsync("/volunteer", new Dictionary<string, string>
        {
            ["Application.Name"] = "Rosa Visitor",
            ["Application.Email"] = "not an address",
            ["Application.Languages"] = "Spanish",
            ["Application.Availability"] = "Weekends",
            ["Application.Area"] = "Tacoma",
            ["Application.Stamp"] = Stamp(),
        });
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("Enter a valid e-mail address.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tacoma", page.QuerySelector("#Application_Area")!.GetAttribute("value"));

        var noConsent = await ApplyAsync(visitor, $"no-consent-{Guid.NewGuid():N}@example.org", "/volunteer", consent: false);
        Assert.Equal("Tick the box so that our coordinators may contact you.", (await HtmlForms.ParseAsync(noConsent)).QuerySelector(".error-summary li")!.TextContent.Trim());

        var trapped = await ApplyAsync(visitor, $"bot-{Guid.NewGuid():N}@example.org", "/volunteer", homepage: "https://spam.example");
        Assert.Equal("/volunteer/thanks", trapped.Location());
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<VolunteerApplication>().CountAsync()));
    }

    [Fact]
    public async Task Only_coordinators_and_administrators_see_applicants()
    {
        await ApplyAsync(app.CreateBrowserClient(), $"private-{Guid.NewGuid():N}@example.org", "/volunteer");
        foreach (var role in new[] { StaffRoles.HotlineStaff, StaffRoles.CampaignStaff, StaffRoles.Volunteer, StaffRoles.DataAnalyst })
        {
            var other = await app.SignedInStaffAsync(role);
            Assert.StartsWith("http://localhost/account/access-denied", (await other.GetAsync("/staff/volunteers")).Location(), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInStaffAsync(StaffRoles.Administrator)).GetAsync("/staff/volunteers")).StatusCode);
    }

    private async Task<HttpResponseMessage> ApplyAsync(HttpClient client, string email, string url, bool consent = true, string homepage = "") =>
        await client.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Application.Name"] = "Rosa Visitor",
            ["Application.Email"] = email,
            ["Application.Phone"] = "+1 253 555 0134",
            ["Application.Languages"] = "Spanish, Mam",
            ["Application.Availability"] = "Two Saturday mornings a month",
            ["Application.Area"] = "Tacoma and Seattle",
            ["Application.HowHeard"] = "A friend",
            ["Application.Consent"] = consent ? "true" : "false",
            ["Application.Homepage"] = homepage,
            ["Application.Stamp"] = Stamp(),
        });

    private string Stamp()
    {
        using var scope = app.Services.CreateScope();
        return ActivatorUtilities.CreateInstance<VolunteerService>(scope.ServiceProvider, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1))).IssueStamp();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class VolunteersOnSqlite(SqliteApp app) : VolunteerTests(app), IClassFixture<SqliteApp>;

public sealed class VolunteersOnPostgres(PostgresApp app) : VolunteerTests(app), IClassFixture<PostgresApp>;
