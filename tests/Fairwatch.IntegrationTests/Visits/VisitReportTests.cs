using System.Net;
using Fairwatch.Accounts;
using Fairwatch.Cases;
using Fairwatch.Detention;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Visits;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Visits;

/// <summary>A volunteer files a visit report whose request for follow-up becomes a case; volunteers see only their own reports.</summary>
public abstract class VisitReportTests(FairwatchFactory app) : IAsyncLifetime
{
    // Idempotent: every test of the class may import; the second import changes nothing.
    public Task InitializeAsync() => app.ImportBundledFacilitiesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_volunteers_request_for_follow_up_becomes_a_case_that_hotline_staff_work_and_other_volunteers_never_see()
    {
        var facility = await app.WithDbAsync(db => db.Set<Facility>().Where(f => f.Slug == "adams-county-correctional-center").Select(f => f.Id).SingleAsync());
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var request = $"A man in pod C needs insulin and a lawyer {Guid.NewGuid():N}";
        var observations = $"Cold cells, thin blankets {Guid.NewGuid():N}";
        var filed = await volunteer.SubmitAsync("/staff/visits/report", [
            new("Visit.FacilityId", facility.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Visit.VisitedOn", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd")),
            new("Visit.PeopleVisited", "4"),
            new("Visit.Conditions[MedicalCare]", nameof(ConditionAnswer.Concern)),
            new("Visit.Conditions[Food]", nameof(ConditionAnswer.Adequate)),
            new("Visit.Concerns", nameof(AbuseCategory.MedicalNeglect)),
            new("Visit.Concerns", nameof(AbuseCategory.DenialOfLegalAccess)),
            new("Visit.Observations", observations),
            new("Visit.FollowUp", request),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var url = filed.Location();

        var page = await volunteer.GetDocumentAsync(url);
        Assert.Equal(nameof(ConditionAnswer.Concern), page.QuerySelector("[data-condition=MedicalCare]")!.GetAttribute("data-answer"));
        Assert.Equal(nameof(ConditionAnswer.NotObserved), page.QuerySelector("[data-condition=Solitary]")!.GetAttribute("data-answer"));
        Assert.Equal(request, page.QuerySelector("[data-follow-up]")!.TextContent);
        var caseId = int.Parse(page.QuerySelector("[data-case]")!.GetAttribute("data-case")!, System.Globalization.CultureInfo.InvariantCulture);
        await CanaryScan.AssertNotStoredAsync(app, request);
        await CanaryScan.AssertNotStoredAsync(app, observations);

        // The request is a case for the hotline, from the visit report, about that facility, with the concerns.
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var casePage = await hotline.GetDocumentAsync($"/staff/cases/{caseId}");
        Assert.Equal(request, casePage.QuerySelector("[data-narrative]")!.TextContent);
        var stored = await app.WithDbAsync(db => db.Set<Case>().AsNoTracking().Include(c => c.Categories).SingleAsync(c => c.Id == caseId));
        Assert.Equal((CaseSource.VisitReport, facility), (stored.Source, stored.FacilityId));
        Assert.Equal([AbuseCategory.MedicalNeglect, AbuseCategory.DenialOfLegalAccess], stored.Categories.Select(c => c.Category).Order());
        Assert.StartsWith("http://localhost/account/access-denied", (await volunteer.GetAsync($"/staff/cases/{caseId}")).Location(), StringComparison.Ordinal);

        // Another volunteer sees neither the report nor that it exists; a coordinator sees it.
        var other = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Empty((await other.GetDocumentAsync("/staff/visits")).QuerySelectorAll($"[data-report='{url["/staff/visits/".Length..]}']"));
        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        Assert.NotNull((await coordinator.GetDocumentAsync("/staff/visits")).QuerySelector($"[data-report='{url["/staff/visits/".Length..]}']"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_report_without_a_request_opens_no_case_and_mistakes_store_nothing()
    {
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var facility = await app.WithDbAsync(db => db.Set<Facility>().OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        var cases = await app.WithDbAsync(db => db.Set<Case>().CountAsync());
        var reports = await app.WithDbAsync(db => db.Set<VisitReport>().CountAsync());

        var future = await volunteer.SubmitAsync("/staff/visits/report", [
            new("Visit.FacilityId", facility.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Visit.VisitedOn", DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd")),
            new("Visit.PeopleVisited", "2"),
        ]);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal("The visit cannot be in the future.", (await HtmlForms.ParseAsync(future)).QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Equal(reports, await app.WithDbAsync(db => db.Set<VisitReport>().CountAsync()));

        var quiet = await volunteer.SubmitAsync("/staff/visits/report", [
            new("Visit.FacilityId", facility.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Visit.VisitedOn", DateTime.UtcNow.ToString("yyyy-MM-dd")),
            new("Visit.PeopleVisited", "2"),
            new("Visit.Observations", "All well today."),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, quiet.StatusCode);
        Assert.Equal(cases, await app.WithDbAsync(db => db.Set<Case>().CountAsync()));
        Assert.Null((await volunteer.GetDocumentAsync(quiet.Location())).QuerySelector("[data-case]"));
    }
}

public sealed class VisitReportsOnSqlite(SqliteApp app) : VisitReportTests(app), IClassFixture<SqliteApp>;

public sealed class VisitReportsOnPostgres(PostgresApp app) : VisitReportTests(app), IClassFixture<PostgresApp>;
