using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Fairwatch.Accounts;
using Fairwatch.Cases;
using Fairwatch.Detention;
using Fairwatch.Events;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Visits;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Visits;

/// <summary>
/// The visitation network: a coordinator starts a group, adopts a facility and publishes visits; the
/// group's volunteers sign up, give places back, are reminded the day before and told when a visit
/// is called off; other volunteers never see the group's visits.
/// </summary>
public abstract partial class VisitSlotTests(FairwatchFactory app) : IAsyncLifetime
{
    private const string Zone = "America/Los_Angeles";

    // Idempotent: every test of the class may import; the second import changes nothing.
    public Task InitializeAsync() => app.ImportBundledFacilitiesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_group_adopts_a_facility_publishes_a_visit_and_its_volunteers_sign_up_are_reminded_and_told_when_it_is_called_off()
    {
        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        var groupName = $"Adams County Visitors {Guid.NewGuid():N}";
        var group = await StartGroupAsync(coordinator, groupName);

        // Adopting the facility puts the group's name on its public page.
        var facility = await app.WithDbAsync(db => db.Set<Facility>().SingleAsync(f => f.Slug == "adams-county-correctional-center"));
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/staff/groups/{group}", [new("facilityId", Id(facility.Id))], "form[action*='handler=Adopt']")).StatusCode);
        var publicPage = await app.CreateBrowserClient().GetDocumentAsync("/facilities/adams-county-correctional-center");
        Assert.Contains(groupName, publicPage.QuerySelector("[data-visitation]")!.TextContent, StringComparison.Ordinal);
        var twice = await coordinator.SubmitAsync($"/staff/groups/{group}", [new("facilityId", Id(facility.Id))], "form[action*='handler=Adopt']");
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Equal("The group has already adopted that facility.", (await HtmlForms.ParseAsync(twice)).QuerySelector(".error-summary li")!.TextContent.Trim());

        var (first, firstClient) = await VolunteerAsync("first");
        var (second, secondClient) = await VolunteerAsync("second");
        var (outsider, outsiderClient) = await VolunteerAsync("outsider");
        foreach (var member in new[] { first, second })
        {
            var added = await coordinator.SubmitAsync($"/staff/groups/{group}", [new("userId", member.Id)], "form[action*='handler=AddMember']");
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        // A mistake is explained and publishes nothing; then a visit for one volunteer.
        var day = EventTimes.ToLocal(DateTime.UtcNow, Zone).Date.AddDays(3);
        var slots = await app.WithDbAsync(db => db.Set<VisitSlot>().CountAsync());
        var backwards = await PublishAsync(coordinator, group, facility.Id, day, "12:00", "10:00", capacity: 1);
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal("The visit must end after it starts, on the same day.", (await HtmlForms.ParseAsync(backwards)).QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Equal(slots, await app.WithDbAsync(db => db.Set<VisitSlot>().CountAsync()));
        var published = await PublishAsync(coordinator, group, facility.Id, day, "10:00", "12:00", capacity: 1);
        var visit = published.Location();
        Assert.Matches("^/staff/slots/[0-9]+$", visit);
        var slotId = int.Parse(visit["/staff/slots/".Length..], CultureInfo.InvariantCulture);

        // Both members hear of it by e-mail, the outsider does not, and only members see it.
        foreach (var member in new[] { first, second })
        {
            var news = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(member.Email!) && m.Subject.StartsWith("New visit:", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
            Assert.Contains("At the gate", news.TextBody, StringComparison.Ordinal);
            Assert.Contains(visit, news.TextBody, StringComparison.Ordinal);
        }

        Assert.NotNull((await firstClient.GetDocumentAsync("/staff/slots")).QuerySelector($"[data-slot='{slotId}']"));
        Assert.Null((await outsiderClient.GetDocumentAsync("/staff/slots")).QuerySelector($"[data-slot='{slotId}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await outsiderClient.GetAsync(visit)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(outsiderClient, $"{visit}?handler=SignUp")).StatusCode);

        // The one place: taken, refused to the next volunteer, given back, taken by them.
        Assert.Equal(HttpStatusCode.Redirect, (await SignUpAsync(firstClient, visit)).StatusCode);
        var firstView = await firstClient.GetDocumentAsync(visit);
        Assert.NotNull(firstView.QuerySelector("[data-signed-up]"));
        Assert.Equal("0", firstView.QuerySelector("[data-places-left]")!.GetAttribute("data-places-left"));
        Assert.Null(firstView.QuerySelector("[data-volunteers]"));
        Assert.Null((await secondClient.GetDocumentAsync(visit)).QuerySelector("form[action*='handler=SignUp']"));
        var full = await PostAsync(secondClient, $"{visit}?handler=SignUp");
        Assert.Equal(HttpStatusCode.BadRequest, full.StatusCode);
        Assert.Equal("This visit is full.", (await HtmlForms.ParseAsync(full)).QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, (await firstClient.SubmitAsync(visit, [], "form[action*='handler=Leave']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignUpAsync(secondClient, visit)).StatusCode);
        Assert.Equal([second.Id], await app.WithDbAsync(db => db.Set<VisitSignup>().Where(s => s.SlotId == slotId).Select(s => s.VolunteerId).ToListAsync()));
        Assert.Contains(second.DisplayName, (await coordinator.GetDocumentAsync(visit)).QuerySelector("[data-volunteers]")!.TextContent, StringComparison.Ordinal);

        // Ten hours before the visit the reminder is due: it goes once, to the volunteer going.
        var startsAt = await app.WithDbAsync(db => db.Set<VisitSlot>().Where(s => s.Id == slotId).Select(s => s.StartsAt).SingleAsync());
        Assert.Equal(1, await RemindAsync(startsAt.AddHours(-10)));
        Assert.Equal(0, await RemindAsync(startsAt.AddHours(-9)));
        var reminder = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(second.Email!) && m.Subject.StartsWith("Reminder: your visit to", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Contains("10:00 AM", reminder.TextBody, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.Kind == "visits.reminder" && m.ToAddress == first.Email).ToListAsync()));

        // Called off: the volunteer going is told, and nobody can sign up any more.
        var calledOff = await coordinator.SubmitAsync(visit, [], "form[action*='handler=CallOff']");
        Assert.Equal(HttpStatusCode.Redirect, calledOff.StatusCode);
        await app.Smtp.WaitForMessageAsync(m => m.To.Contains(second.Email!) && m.Subject.StartsWith("Called off:", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var afterwards = await firstClient.GetDocumentAsync(visit);
        Assert.NotNull(afterwards.QuerySelector("[data-called-off]"));
        Assert.Null(afterwards.QuerySelector("form[action*='handler=SignUp']"));
    }

    [Fact]
    public async Task Volunteers_signing_up_at_once_never_take_more_places_than_the_visit_has()
    {
        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        var group = await StartGroupAsync(coordinator, $"Busy group {Guid.NewGuid():N}");
        var facility = await app.WithDbAsync(db => db.Set<Facility>().OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        await coordinator.SubmitAsync($"/staff/groups/{group}", [new("facilityId", Id(facility))], "form[action*='handler=Adopt']");
        var volunteers = new List<StaffUser>();
        for (var i = 0; i < 6; i++)
        {
            var volunteer = await app.CreateStaffAsync($"rush-{i}-{Guid.NewGuid():N}@example.org", StaffRoles.Volunteer);
            await coordinator.SubmitAsync($"/staff/groups/{group}", [new("userId", volunteer.Id)], "form[action*='handler=AddMember']");
            volunteers.Add(volunteer);
        }

        var visit = (await PublishAsync(coordinator, group, facility, EventTimes.ToLocal(DateTime.UtcNow, Zone).Date.AddDays(7), "09:00", "11:00", capacity: 2)).Location();
        var slotId = int.Parse(visit["/staff/slots/".Length..], CultureInfo.InvariantCulture);

        var results = await Task.WhenAll(volunteers.Select(v => Task.Run(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<VisitSlotService>().SignUpAsync(slotId, v.Id);
        })));

        Assert.Equal(2, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal("This visit is full.", r.Error));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<VisitSignup>().CountAsync(s => s.SlotId == slotId)));
    }

    [Fact]
    public async Task From_application_to_case_a_new_volunteer_joins_a_group_goes_on_a_visit_and_their_request_becomes_a_case()
    {
        // Applies on the public form and is taken through screening and training to active.
        var email = $"new-visitor-{Guid.NewGuid():N}@example.org";
        var applied = await app.CreateBrowserClient().SubmitAsync("/volunteer", new Dictionary<string, string>
        {
            ["Application.Name"] = "Inés Visitor",
            ["Application.Email"] = email,
            ["Application.Languages"] = "Spanish, K'iche'",
            ["Application.Availability"] = "Saturdays",
            ["Application.Area"] = "Tacoma",
            ["Application.Consent"] = "true",
            ["Application.Stamp"] = Stamp(),
        });
        Assert.Equal("/volunteer/thanks", applied.Location());
        var applicationId = await app.WithDbAsync(db => db.Set<VolunteerApplication>().Where(a => a.Email == email).Select(a => a.Id).SingleAsync());
        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        foreach (var step in new[] { ApplicantStatus.Screening, ApplicantStatus.Training, ApplicantStatus.Active })
        {
            var moved = await coordinator.SubmitAsync($"/staff/volunteers/{applicationId}", new Dictionary<string, string> { ["status"] = step.ToString() }, "form[action*='handler=Move']");
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        }

        // Accepts the invitation and signs in as a volunteer.
        var invitation = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email), TimeSpan.FromSeconds(30));
        var volunteer = app.CreateBrowserClient();
        var accepted = await volunteer.SubmitAsync(InvitationLink().Match(invitation.TextBody!).Value, new Dictionary<string, string>
        {
            ["Input.Password"] = "ines's own passphrase",
            ["Input.ConfirmPassword"] = "ines's own passphrase",
        });
        Assert.Equal("/account/sign-in", accepted.Location());
        Assert.Equal("/staff", (await FairwatchFactory.SignInAsync(volunteer, email, "ines's own passphrase")).Location());
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        // Joins a group, which publishes a visit; signs up.
        var group = await StartGroupAsync(coordinator, $"Tacoma Visitors {Guid.NewGuid():N}");
        var facility = await app.WithDbAsync(db => db.Set<Facility>().Where(f => f.Name.StartsWith("NORTHWEST ICE")).Select(f => f.Id).SingleAsync());
        await coordinator.SubmitAsync($"/staff/groups/{group}", [new("facilityId", Id(facility))], "form[action*='handler=Adopt']");
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/staff/groups/{group}", [new("userId", userId)], "form[action*='handler=AddMember']")).StatusCode);
        var day = EventTimes.ToLocal(DateTime.UtcNow, Zone).Date.AddDays(2);
        var visit = (await PublishAsync(coordinator, group, facility, day, "10:00", "12:00", capacity: 3)).Location();
        Assert.Equal(HttpStatusCode.Redirect, (await SignUpAsync(volunteer, visit)).StatusCode);

        // The report form opened from the visit knows the facility and the day; the request for follow-up becomes a case.
        var slotId = visit["/staff/slots/".Length..];
        var form = await volunteer.GetDocumentAsync($"/staff/visits/report?slot={slotId}");
        Assert.Equal(Id(facility), form.QuerySelector("#Visit_FacilityId option[selected]")!.GetAttribute("value"));
        Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), form.QuerySelector("#Visit_VisitedOn")!.GetAttribute("value"));
        var request = $"A woman in unit B has had no answer to three medical requests {Guid.NewGuid():N}";
        var filed = await volunteer.SubmitAsync(form, $"/staff/visits/report?slot={slotId}", [
            new("Visit.FacilityId", Id(facility)),
            new("Visit.VisitedOn", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("Visit.PeopleVisited", "3"),
            new("Visit.Concerns", nameof(AbuseCategory.MedicalNeglect)),
            new("Visit.FollowUp", request),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        var caseId = await app.WithDbAsync(db => db.Set<VisitReport>().Where(r => r.VolunteerId == userId).Select(r => r.CaseId).SingleAsync());
        Assert.NotNull(caseId);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        Assert.Equal(request, (await hotline.GetDocumentAsync($"/staff/cases/{caseId}")).QuerySelector("[data-narrative]")!.TextContent);
    }

    [Fact]
    public async Task Taking_a_volunteer_out_of_a_group_takes_them_off_its_visits_to_come()
    {
        var coordinator = await app.SignedInStaffAsync(StaffRoles.VisitCoordinator);
        var group = await StartGroupAsync(coordinator, $"Small group {Guid.NewGuid():N}");
        var facility = await app.WithDbAsync(db => db.Set<Facility>().OrderByDescending(f => f.Id).Select(f => f.Id).FirstAsync());
        await coordinator.SubmitAsync($"/staff/groups/{group}", [new("facilityId", Id(facility))], "form[action*='handler=Adopt']");
        var (member, client) = await VolunteerAsync("leaving");
        await coordinator.SubmitAsync($"/staff/groups/{group}", [new("userId", member.Id)], "form[action*='handler=AddMember']");
        var visit = (await PublishAsync(coordinator, group, facility, EventTimes.ToLocal(DateTime.UtcNow, Zone).Date.AddDays(4), "14:00", "16:00", capacity: 2)).Location();
        await SignUpAsync(client, visit);

        var removed = await coordinator.SubmitAsync($"/staff/groups/{group}", [new("userId", member.Id)], $"form[action*='handler=RemoveMember']:has(input[value='{member.Id}'])");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(visit)).StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<VisitSignup>().CountAsync(s => s.VolunteerId == member.Id)));
    }

    private async Task<int> StartGroupAsync(HttpClient coordinator, string name)
    {
        var created = await coordinator.SubmitAsync("/staff/groups", new Dictionary<string, string>
        {
            ["NewGroup.Name"] = name,
            ["NewGroup.Area"] = "Western Washington",
            ["NewGroup.TimeZoneId"] = Zone,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Location()["/staff/groups/".Length..], CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient coordinator, int group, int facility, DateOnly day, string starts, string ends, int capacity) =>
        await coordinator.SubmitAsync($"/staff/groups/{group}", new Dictionary<string, string>
        {
            ["Slot.FacilityId"] = Id(facility),
            ["Slot.Date"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Slot.Starts"] = starts,
            ["Slot.Ends"] = ends,
            ["Slot.Capacity"] = Id(capacity),
            ["Slot.MeetingPoint"] = "At the gate, 20 minutes before",
        }, "form[action*='handler=Publish']");

    private static async Task<HttpResponseMessage> SignUpAsync(HttpClient volunteer, string visit) =>
        await volunteer.SubmitAsync(visit, [], "form[action*='handler=SignUp']");

    /// <summary>Posts to a form the page does not offer this person, with their own antiforgery token (taken from the visit report form).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url) =>
        await client.SubmitAsync(await client.GetDocumentAsync("/staff/visits/report"), url, [], "main form[method=post]:not([action])");

    private async Task<(StaffUser User, HttpClient Client)> VolunteerAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@example.org";
        var user = await app.CreateStaffAsync(email, StaffRoles.Volunteer);
        var client = app.CreateBrowserClient();
        Assert.Equal("/staff", (await FairwatchFactory.SignInAsync(client, email, FairwatchFactory.StaffPassword)).Location());
        return (user, client);
    }

    private async Task<int> RemindAsync(DateTime at)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var service = ActivatorUtilities.CreateInstance<VisitSlotService>(scope.ServiceProvider, (TimeProvider)new FixedClock(new DateTimeOffset(at, TimeSpan.Zero)));
        return await service.SendDueRemindersAsync();
    }

    private string Stamp()
    {
        using var scope = app.Services.CreateScope();
        return ActivatorUtilities.CreateInstance<VolunteerService>(scope.ServiceProvider, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1))).IssueStamp();
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"http://localhost\S+")]
    private static partial Regex InvitationLink();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class VisitSlotsOnSqlite(SqliteApp app) : VisitSlotTests(app), IClassFixture<SqliteApp>;

public sealed class VisitSlotsOnPostgres(PostgresApp app) : VisitSlotTests(app), IClassFixture<PostgresApp>;
