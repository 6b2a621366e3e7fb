using System.Net;
using AngleSharp.Html.Dom;
using Fairwatch.Accounts;
using Fairwatch.Cases;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Protection;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Cases.CaseTestData;

namespace Fairwatch.IntegrationTests.Cases;

/// <summary>A hotline call is logged, triaged, given a task and closed; every look and change is audited.</summary>
public abstract class HotlineCaseTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_call_is_logged_triaged_given_a_task_and_closed_with_every_view_and_change_audited()
    {
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var story = Canary("call");
        var name = $"Maria Canary {Guid.NewGuid():N}";
        var fields = Call(story);
        fields["Call.Name"] = name;
        var logged = await hotline.SubmitAsync("/staff/hotline/call", fields);
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var url = logged.Location();
        var id = int.Parse(url["/staff/cases/".Length..], System.Globalization.CultureInfo.InvariantCulture);

        var page = await hotline.GetDocumentAsync(url);
        Assert.Equal(story, page.QuerySelector("[data-narrative]")!.TextContent);
        Assert.Contains(name, page.QuerySelector(".case-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A012345678", page.QuerySelector(".case-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(nameof(CaseUrgency.Urgent), page.QuerySelector("[data-urgency]")!.GetAttribute("data-urgency"));
        await CanaryScan.AssertNotStoredAsync(app, story);
        await CanaryScan.AssertNotStoredAsync(app, name);

        // Closing needs a reason; a status the workflow does not allow is refused; nothing changes either way.
        var unexplained = await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["status"] = nameof(CaseStatus.Closed) }, "form[action*='handler=Move']");
        Assert.Equal(HttpStatusCode.BadRequest, unexplained.StatusCode);
        Assert.Equal("Say why the case is closed, in a note.", (await HtmlForms.ParseAsync(unexplained)).QuerySelector(".error-summary li")!.TextContent.Trim());
        var skipped = await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["status"] = nameof(CaseStatus.Referred) }, "form[action*='handler=Move']");
        Assert.Equal(HttpStatusCode.BadRequest, skipped.StatusCode);
        Assert.Equal(CaseStatus.New, await app.WithDbAsync(db => db.Set<Case>().Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["status"] = nameof(CaseStatus.Triaged) }, "form[action*='handler=Move']")).StatusCode);
        var me = await app.WithDbAsync(db => db.Users.Where(u => u.Email!.StartsWith("hotlinestaff-")).OrderByDescending(u => u.CreatedAt).Select(u => u.Id).FirstAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["owner"] = me }, "form[action*='handler=Assign']")).StatusCode);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Redirect, (await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["title"] = "Call the facility's medical unit", ["dueOn"] = yesterday, ["assignee"] = me }, "form[action*='handler=Task']")).StatusCode);

        // The queue puts the overdue case first and shows no name or story.
        var queue = await hotline.GetDocumentAsync("/staff/cases");
        var first = queue.QuerySelector(".case-queue tbody tr")!;
        Assert.Equal(id.ToString(System.Globalization.CultureInfo.InvariantCulture), first.GetAttribute("data-case"));
        Assert.Contains("Overdue", first.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("canary", queue.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(name, queue.DocumentElement.OuterHtml, StringComparison.Ordinal);

        page = await hotline.GetDocumentAsync(url);
        var task = page.QuerySelector("[data-task]")!.GetAttribute("data-task")!;
        Assert.Equal(HttpStatusCode.Redirect, (await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["taskId"] = task }, $"[data-task='{task}'] form")).StatusCode);
        var note = Canary("note");
        Assert.Equal(HttpStatusCode.Redirect, (await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["text"] = note }, "form[action*='handler=Note']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["status"] = nameof(CaseStatus.InFollowUp) }, "form[action*='handler=Move']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await hotline.SubmitAsync(page, url, new Dictionary<string, string> { ["status"] = nameof(CaseStatus.Closed), ["note"] = "Medical unit saw her; she is well." }, "form[action*='handler=Move']")).StatusCode);
        await CanaryScan.AssertNotStoredAsync(app, note);

        var closed = await hotline.GetDocumentAsync(url);
        Assert.Equal(nameof(CaseStatus.Closed), closed.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        var history = closed.QuerySelectorAll(".case-history li").Select(li => li.TextContent).ToList();
        Assert.Contains(history, h => h.EndsWith("Hotline call logged", StringComparison.Ordinal));
        Assert.Contains(history, h => h.EndsWith("Status: New → Triaged", StringComparison.Ordinal));
        Assert.Contains(history, h => h.EndsWith("Task done: Call the facility's medical unit", StringComparison.Ordinal));
        Assert.Contains(history, h => h.EndsWith("Status: In follow-up → Closed", StringComparison.Ordinal));
        Assert.Contains(closed.QuerySelectorAll(".case-note"), n => n.TextContent.Contains(note, StringComparison.Ordinal));
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), await app.WithDbAsync(db => db.Set<Case>().Where(c => c.Id == id).Select(c => c.ClosedOn).SingleAsync()));

        // Every opening and every change is in the audit log, by this person, for this case.
        var entries = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(e => e.RecordType == CaseService.AuditType && e.RecordId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(e => e.Id).ToListAsync());
        Assert.All(entries, e => Assert.Equal(me, e.ActorId));
        Assert.Equal(AuditAction.Created, entries[0].Action);
        Assert.Equal(5, entries.Count(e => e.Action == AuditAction.Viewed));
        Assert.Equal(7, entries.Count(e => e.Action == AuditAction.Changed));
    }

    [Fact]
    public async Task Bad_intake_is_explained_and_stores_nothing()
    {
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var before = await app.WithDbAsync(db => db.Set<Case>().CountAsync());

        var fields = Call("Story");
        fields["Call.ANumber"] = "12345";
        var badNumber = await hotline.SubmitAsync("/staff/hotline/call", fields);
        Assert.Equal(HttpStatusCode.BadRequest, badNumber.StatusCode);
        var page = await HtmlForms.ParseAsync(badNumber);
        Assert.Equal("An A-number has 8 or 9 digits, for example A012345678.", page.QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Equal("Story", page.QuerySelector("#Call_Narrative")!.TextContent.Trim());

        var noStory = await hotline.SubmitAsync("/staff/hotline/call", Call(""));
        Assert.Equal("Write down what the caller told you.", (await HtmlForms.ParseAsync(noStory)).QuerySelector(".error-summary li")!.TextContent.Trim());

        var namedAnonymous = Call("Story");
        namedAnonymous["Call.Anonymous"] = "true";
        namedAnonymous["Call.ConsentToName"] = "true";
        var refused = await hotline.SubmitAsync("/staff/hotline/call", namedAnonymous);
        Assert.Equal("An anonymous caller cannot be named in a complaint.", (await HtmlForms.ParseAsync(refused)).QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Case>().CountAsync()));
    }

    [Fact]
    public async Task Only_those_who_follow_cases_up_can_open_them_and_only_hotline_staff_log_calls()
    {
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var logged = await hotline.SubmitAsync("/staff/hotline/call", Call(Canary("access")));
        var url = logged.Location();

        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(url)).StatusCode);
        AssertDenied(await coordinator.GetAsync("/staff/hotline/call"));
        foreach (var role in new[] { StaffRoles.CampaignStaff, StaffRoles.DataAnalyst, StaffRoles.Volunteer })
        {
            var other = await app.SignedInStaffAsync(role);
            AssertDenied(await other.GetAsync(url));
            AssertDenied(await other.GetAsync("/staff/cases"));
        }

        Assert.StartsWith("http://localhost/account/sign-in", (await app.CreateBrowserClient().GetAsync(url)).Location(), StringComparison.Ordinal);
    }

    private static void AssertDenied(HttpResponseMessage response) =>
        Assert.StartsWith("http://localhost/account/access-denied", response.Location(), StringComparison.Ordinal);

    private static Dictionary<string, string> Call(string narrative) => new()
    {
        ["Call.Date"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
        ["Call.Time"] = "14:30",
        ["Call.Caller"] = nameof(CallerType.Family),
        ["Call.Name"] = "",
        ["Call.Contact"] = "+1 202 555 0142",
        ["Call.ANumber"] = "A 012-345-678",
        ["Call.Narrative"] = narrative,
        ["Call.Urgency"] = nameof(CaseUrgency.Urgent),
        ["Call.Language"] = "Spanish",
        ["Call.Categories"] = nameof(AbuseCategory.MedicalNeglect),
        ["Call.ConsentToShareStory"] = "true",
    };
}

public sealed class HotlineCasesOnSqlite(SqliteApp app) : HotlineCaseTests(app), IClassFixture<SqliteApp>;

public sealed class HotlineCasesOnPostgres(PostgresApp app) : HotlineCaseTests(app), IClassFixture<PostgresApp>;
