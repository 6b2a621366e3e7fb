using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Fairwatch.Accounts;
using Fairwatch.Campaigns;
using Fairwatch.Events;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Events.EventTestData;

namespace Fairwatch.IntegrationTests.Events;

/// <summary>Visitors reply to events, wait for places and cancel; the pages always show the places really left.</summary>
public abstract class EventTests(FairwatchFactory app)
{
    [Fact]
    public async Task A_visitor_replies_gets_a_place_and_the_listing_shows_one_place_fewer()
    {
        var ev = await EventAsync(app, capacity: 5);
        var visitor = app.CreateBrowserClient();
        var email = $"reply-{Guid.NewGuid():N}@example.org";
        // Read (and cache) the listing first, so the test also proves that a reply evicts it.
        Assert.Equal("5 of 5 places left", PlacesOn(await visitor.GetDocumentAsync("/events"), ev));

        var sent = await ReplyAsync(app, visitor, ev, "Rosa", email, partySize: 2);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal($"/events/{ev.Slug}?reply=confirmed#reply", sent.LocationWithoutShareCode());
        var thanks = await visitor.GetDocumentAsync(sent.Location());
        Assert.Contains("Thank you. Your place is confirmed.", thanks.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(thanks.QuerySelector("form.event-form"));
        Assert.Equal("3 of 5 places left", PlacesOn(await visitor.GetDocumentAsync("/events"), ev));
        Assert.Equal("3 of 5 places left", (await visitor.GetDocumentAsync($"/events/{ev.Slug}")).QuerySelectorAll(".event-facts dd")[2].TextContent.Trim());

        var reply = Assert.Single(await RepliesAsync(app, ev.Id));
        Assert.Equal((RsvpStatus.Confirmed, 2, email, "en"), (reply.Status, reply.PartySize, reply.Email, reply.Culture));
        var mail = Assert.Single(await MailsToAsync(app, email));
        Assert.Equal("events.confirmed", mail.Kind);
        Assert.Contains($"/events/replies/{reply.Token}", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal($"{ev.Slug}.ics", Assert.Single(mail.Attachments).FileName);

        foreach (var path in new[] { "/events", $"/events/{ev.Slug}", $"/events/{ev.Slug}.ics", "/sitemap.xml" })
        {
            Assert.DoesNotContain(email.Split('@')[0], await visitor.GetStringAsync(path), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_same_address_twice_is_told_it_already_replied_and_nothing_changes()
    {
        var ev = await EventAsync(app, capacity: 10);
        var email = $"twice-{Guid.NewGuid():N}@example.org";
        await ReplyAsync(app, app.CreateBrowserClient(), ev, "First", email, partySize: 1);

        var other = app.CreateBrowserClient();
        var again = await ReplyAsync(app, other, ev, "Someone Else", email.ToUpperInvariant(), partySize: 4);

        Assert.Equal($"/events/{ev.Slug}?reply=already#reply", again.LocationWithoutShareCode());
        var page = await other.GetDocumentAsync(again.Location());
        var notice = page.QuerySelector(".notice[role=status]")!.TextContent;
        Assert.Contains("You have already replied to this event with this e-mail address.", notice, StringComparison.Ordinal);
        // Nothing about the earlier reply is told: not the name, not the party, not whether it has a place.
        Assert.DoesNotContain("First", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("waiting list", notice, StringComparison.OrdinalIgnoreCase);
        var reply = Assert.Single(await RepliesAsync(app, ev.Id));
        Assert.Equal(("First", 1), (reply.Name, reply.PartySize));
        Assert.Equal(1, (await ReloadAsync(app, ev.Id)).ConfirmedPlaces);
        Assert.Single(await MailsToAsync(app, email));
    }

    [Fact]
    public async Task When_the_event_is_full_new_replies_are_told_clearly_that_they_wait()
    {
        var ev = await EventAsync(app, capacity: 2);
        var visitor = app.CreateBrowserClient();
        await ReplyAsync(app, visitor, ev, "Pair", $"pair-{Guid.NewGuid():N}@example.org", partySize: 2);

        var page = await visitor.GetDocumentAsync($"/events/{ev.Slug}");
        Assert.Contains("All places are taken.", page.QuerySelector(".event-reply .notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Join the waiting list", page.QuerySelector("form.event-form button")!.TextContent.Trim());
        Assert.Equal("Full: new replies join the waiting list", PlacesOn(await visitor.GetDocumentAsync("/events"), ev));

        var waiting = $"waiting-{Guid.NewGuid():N}@example.org";
        var sent = await ReplyAsync(app, visitor, ev, "Waiting", waiting);
        Assert.Equal($"/events/{ev.Slug}?reply=waitlisted#reply", sent.LocationWithoutShareCode());
        var told = (await visitor.GetDocumentAsync(sent.Location())).QuerySelector(".notice[role=status]")!.TextContent;
        Assert.Contains("All places are taken, so you are on the waiting list.", told, StringComparison.Ordinal);
        Assert.Equal(RsvpStatus.Waitlisted, (await RepliesAsync(app, ev.Id)).Single(r => r.Email == waiting).Status);
        var mail = Assert.Single(await MailsToAsync(app, waiting));
        Assert.Equal(("events.waitlisted", 0), (mail.Kind, mail.Attachments.Count));
        Assert.Equal(2, (await ReloadAsync(app, ev.Id)).ConfirmedPlaces);
    }

    [Fact]
    public async Task Cancelling_with_the_link_from_the_email_takes_a_press_of_a_button_and_moves_the_waiting_list_up()
    {
        var ev = await EventAsync(app, capacity: 3);
        var visitor = app.CreateBrowserClient();
        var leaving = $"leaving-{Guid.NewGuid():N}@example.org";
        var big = $"big-{Guid.NewGuid():N}@example.org";
        var next = $"next-{Guid.NewGuid():N}@example.org";
        await ReplyAsync(app, visitor, ev, "Leaving", leaving, partySize: 3);
        await ReplyAsync(app, visitor, ev, "Big", big, partySize: 4);
        await ReplyAsync(app, visitor, ev, "Next", next, partySize: 2, query: "?lang=es");
        Assert.Equal("Full: new replies join the waiting list", PlacesOn(await visitor.GetDocumentAsync("/events"), ev));
        var token = (await RepliesAsync(app, ev.Id)).Single(r => r.Email == leaving).Token;
        var link = $"/events/replies/{token}";

        // Opening the link (as a mail scanner does) changes nothing.
        var page = await visitor.GetDocumentAsync(link);
        Assert.Contains("Your place is confirmed, for 3 people.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Cancel my reply", page.QuerySelector("main form button")!.TextContent.Trim());
        Assert.Equal(RsvpStatus.Confirmed, (await RepliesAsync(app, ev.Id)).Single(r => r.Email == leaving).Status);

        var cancelled = await visitor.SubmitAsync(page, link, []);
        Assert.Equal($"{link}?cancelled=true", cancelled.Location());
        var done = await visitor.GetDocumentAsync(cancelled.Location());
        Assert.Contains("Your reply is cancelled.", done.QuerySelector(".notice[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(done.QuerySelector("main form"));

        var replies = (await RepliesAsync(app, ev.Id)).ToDictionary(r => r.Email);
        Assert.Equal(RsvpStatus.Cancelled, replies[leaving].Status);
        Assert.Equal(RsvpStatus.Waitlisted, replies[big].Status);
        Assert.Equal(RsvpStatus.Confirmed, replies[next].Status);
        Assert.Equal(2, (await ReloadAsync(app, ev.Id)).ConfirmedPlaces);
        Assert.Equal("1 of 3 places left", PlacesOn(await visitor.GetDocumentAsync("/events"), ev));

        var promoted = (await MailsToAsync(app, next)).Last();
        Assert.Equal("events.promoted", promoted.Kind);
        Assert.StartsWith("Se liberó un lugar", promoted.Subject, StringComparison.Ordinal);
        Assert.Single(promoted.Attachments);
        Assert.DoesNotContain(await MailsToAsync(app, big), m => m.Kind == "events.promoted");

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/events/replies/not-a-token")).StatusCode);
    }

    [Fact]
    public async Task Mistakes_are_explained_in_the_readers_language_and_what_was_typed_is_kept()
    {
        var ev = await EventAsync(app, capacity: 10);
        var visitor = app.CreateBrowserClient();

        var missing = await ReplyAsync(app, visitor, ev, "Kept Name", "not-an-address", partySize: 3);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var page = await HtmlForms.ParseAsync(missing);
        Assert.Contains("Enter a valid e-mail address.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Rsvp_Email", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Kept Name", page.QuerySelector("input[name='Rsvp.Name']")!.GetAttribute("value"));
        Assert.Equal("3", ((IHtmlSelectElement)page.QuerySelector("select[name='Rsvp.PartySize']")!).Value);

        var tooMany = await HtmlForms.ParseAsync(await ReplyAsync(app, visitor, ev, "Crowd", "crowd@example.org", partySize: 50));
        Assert.Contains("Choose how many people are coming, yourself included.", tooMany.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await HtmlForms.ParseAsync(await ReplyAsync(app, spanish, ev, "", "x@example.org"));
        Assert.Contains("Escriba su nombre.", es.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // A script that posts the page's own stamp at once is refused; a filled honeypot is thanked and dropped.
        var form = await visitor.GetDocumentAsync($"/events/{ev.Slug}");
        var quick = await HtmlForms.ParseAsync(await visitor.SubmitAsync(form, $"/events/{ev.Slug}", new Dictionary<string, string>
        {
            ["Rsvp.Name"] = "Script", ["Rsvp.Email"] = "script@example.org", ["Rsvp.PartySize"] = "1",
        }, "form.event-form"));
        Assert.Contains("quicker than anyone can fill in a form", quick.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/events/{ev.Slug}?reply=confirmed#reply", (await ReplyAsync(app, visitor, ev, "Bot", "bot@example.org", homepage: "https://spam.example")).LocationWithoutShareCode());

        Assert.Empty(await RepliesAsync(app, ev.Id));
    }

    [Fact]
    public async Task Pages_speak_spanish_keep_the_language_through_the_form_and_never_show_an_online_link()
    {
        var ev = await EventAsync(app, capacity: 10, online: "https://meet.example/room-42", zone: "America/New_York");
        var visitor = app.CreateBrowserClient();

        var page = await visitor.GetDocumentAsync($"/events/{ev.Slug}?lang=es");
        Assert.Equal("Proyección comunitaria", page.QuerySelector("h1")!.TextContent);
        Assert.Matches(@"^(lunes|martes|miércoles|jueves|viernes|sábado|domingo) \d+ de [a-z]+ de \d{4}$", page.QuerySelector(".event-facts time")!.TextContent);
        Assert.Contains("(UTC−", page.QuerySelector(".event-facts__zone")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("En línea", page.QuerySelector(".event-facts")!.TextContent, StringComparison.Ordinal);

        var email = $"es-{Guid.NewGuid():N}@example.org";
        var sent = await ReplyAsync(app, visitor, ev, "Lucía", email, query: "?lang=es");
        Assert.Equal($"/events/{ev.Slug}?reply=confirmed&lang=es#reply", sent.LocationWithoutShareCode());
        Assert.Contains("Gracias. Su lugar está confirmado.", (await visitor.GetDocumentAsync(sent.Location())).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var mail = Assert.Single(await MailsToAsync(app, email));
        Assert.StartsWith("Su lugar en Proyección comunitaria está confirmado", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("https://meet.example/room-42", mail.TextBody, StringComparison.Ordinal);

        foreach (var path in new[] { "/events", "/events?lang=es", $"/events/{ev.Slug}", $"/events/{ev.Slug}.ics", "/sitemap.xml" })
        {
            Assert.DoesNotContain("room-42", await visitor.GetStringAsync(path), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_calendar_file_is_served_for_published_events_only()
    {
        var ev = await EventAsync(app, capacity: 10);
        var draft = await EventAsync(app, capacity: 10, publish: false);
        var visitor = app.CreateBrowserClient();

        var response = await visitor.GetAsync($"/events/{ev.Slug}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{ev.Slug}.ics", response.Content.Headers.ContentDisposition!.FileName);
        var file = await response.Content.ReadAsStringAsync();
        Assert.Contains("SUMMARY:Community screening\r\n", file, StringComparison.Ordinal);
        Assert.Contains($"DTSTART:{ev.StartsAt:yyyyMMdd'T'HHmmss}Z\r\n", file, StringComparison.Ordinal);
        Assert.Contains(@"LOCATION:Riverside Hall\, 450 River Road\, Chicago", file, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Proyección comunitaria", await visitor.GetStringAsync($"/events/{ev.Slug}.ics?lang=es"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/events/{draft.Slug}.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/events/{draft.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Events_are_in_the_navigation_the_sitemap_and_on_their_campaigns_page()
    {
        int campaignId;
        var campaignSlug = Slug("campaign");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
            campaignId = (await campaigns.CreateAsync(new CampaignInput(campaignSlug, "Events campaign", null, "The call.", null, null, null, CampaignStatus.Active))).Id!.Value;
            await campaigns.SetPublishedAsync(campaignId, true);
        }

        var visitor = app.CreateBrowserClient();
        Assert.Empty((await visitor.GetDocumentAsync($"/campaigns/{campaignSlug}")).QuerySelectorAll(".campaign-events"));
        var ev = await EventAsync(app, capacity: 10, campaignId: campaignId, title: "Campaign screening");
        var past = await EventAsync(app, capacity: 10, campaignId: campaignId, hoursAhead: -48, title: "Earlier screening");

        var campaignPage = await visitor.GetDocumentAsync($"/campaigns/{campaignSlug}");
        Assert.Equal([$"/events/{ev.Slug}"], campaignPage.QuerySelectorAll(".campaign-events h3 a").Select(a => a.GetAttribute("href")));
        var listing = await visitor.GetDocumentAsync("/events");
        Assert.Contains(listing.QuerySelectorAll("#past-heading ~ ul a"), a => a.GetAttribute("href") == $"/events/{past.Slug}");
        Assert.Contains(listing.QuerySelectorAll(".event-card a"), a => a.GetAttribute("href") == $"/campaigns/{campaignSlug}");
        Assert.Contains("This event has taken place.", (await visitor.GetDocumentAsync($"/events/{past.Slug}")).QuerySelector(".event-reply")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(listing.QuerySelectorAll(".site-nav a"), a => a.GetAttribute("href") == "/events");

        var sitemap = await visitor.GetStringAsync("/sitemap.xml");
        Assert.Contains("<loc>http://localhost/events</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains($"<loc>http://localhost/events/{ev.Slug}</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_to_host_is_acknowledged_reviewed_by_staff_and_turned_into_a_published_event()
    {
        var email = $"host-{Guid.NewGuid():N}@example.org";
        var visitor = app.CreateBrowserClient();
        var place = $"El Paso, parish hall {Guid.NewGuid():N}"[..40];
        var date = DateTime.UtcNow.Date.AddDays(30);

        var sent = await visitor.SubmitAsync("/events/host?lang=es", new Dictionary<string, string>
        {
            ["Host.Name"] = "Lucía Fernández",
            ["Host.Email"] = email,
            ["Host.Organisation"] = "Saint Joseph Parish",
            ["Host.Place"] = place,
            ["Host.ProposedDate"] = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Host.ExpectedAudience"] = "80",
            ["Host.Message"] = "After Sunday mass.",
            ["Host.Stamp"] = await HostStampedAMinuteAgoAsync(app),
        }, "form.event-form");
        Assert.Equal("/events/host?sent=true&lang=es", sent.Location());
        Assert.Contains("Gracias. Recibimos su solicitud.", (await visitor.GetDocumentAsync(sent.Location())).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var ack = Assert.Single(await MailsToAsync(app, email));
        Assert.Equal("events.host-request", ack.Kind);
        Assert.Equal("Recibimos su solicitud para organizar una proyección", ack.Subject);
        Assert.Contains(place, ack.TextBody, StringComparison.Ordinal);

        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var list = await staff.GetDocumentAsync("/staff/events/requests");
        var link = list.QuerySelectorAll("table a").Single(a => a.TextContent == "Lucía Fernández" && a.ParentElement!.ParentElement!.TextContent.Contains(place, StringComparison.Ordinal));
        var requestPage = await staff.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Contains(email, requestPage.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("After Sunday mass.", requestPage.QuerySelector(".request__message")!.TextContent, StringComparison.Ordinal);

        var newUrl = requestPage.QuerySelectorAll("a.button").Single(a => a.GetAttribute("href")!.StartsWith("/staff/events/new?fromRequest=", StringComparison.Ordinal)).GetAttribute("href")!;
        var editor = await staff.GetDocumentAsync(newUrl);
        Assert.Equal(place, editor.QuerySelector("input[name='Event.Address']")!.GetAttribute("value"));
        Assert.Equal("Saint Joseph Parish", editor.QuerySelector("input[name='Event.Venue']")!.GetAttribute("value"));
        Assert.Equal("80", editor.QuerySelector("input[name='Event.Capacity']")!.GetAttribute("value"));
        Assert.Equal(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), editor.QuerySelector("input[name='Event.Date']")!.GetAttribute("value"));
        Assert.StartsWith("Screening in El Paso", editor.QuerySelector("input[name='Event.TitleEn']")!.GetAttribute("value"), StringComparison.Ordinal);

        var created = await staff.SubmitFilledAsync(editor, newUrl, new Dictionary<string, string>
        {
            ["Event.StartTime"] = "18:30",
            ["Event.EndTime"] = "20:00",
            ["Event.TimeZoneId"] = "America/Denver",
            ["Event.Slug"] = Slug("el-paso"),
        }, "form.form--wide");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var eventUrl = created.Location();
        var ev = await app.WithDbAsync(db => db.Set<Event>().AsNoTracking().SingleAsync(e => e.Address == place));
        Assert.Equal($"/staff/events/{ev.Id}", eventUrl);
        Assert.False(ev.IsPublished);
        Assert.Equal(EventTimes.ToUtc(DateOnly.FromDateTime(date), new TimeOnly(18, 30), "America/Denver", out _), ev.StartsAt);
        var request = await app.WithDbAsync(db => db.Set<HostRequest>().AsNoTracking().SingleAsync(r => r.Email == email));
        Assert.Equal((HostRequestStatus.Accepted, ev.HostRequestId), (request.Status, (int?)request.Id));

        var editPage = await staff.GetDocumentAsync(eventUrl);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"{eventUrl}/preview?lang=es")).StatusCode);
        var published = await staff.SubmitAsync(editPage, eventUrl, [], "form[action$='handler=Publish']");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/events/{ev.Slug}")).StatusCode);

        // Declining with a note keeps it for staff.
        var decided = await staff.SubmitAsync($"/staff/events/requests/{request.Id}", new Dictionary<string, string>
        {
            ["Decision.Status"] = nameof(HostRequestStatus.Declined), ["Decision.Note"] = "Date clashes with our tour.",
        }, "main form.form");
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Contains("Date clashes with our tour.", (await staff.GetDocumentAsync($"/staff/events/requests/{request.Id}")).QuerySelector("textarea")!.TextContent, StringComparison.Ordinal);
        Assert.Contains((await staff.GetDocumentAsync("/staff/events/requests?status=declined")).QuerySelectorAll("table a"), a => a.GetAttribute("href") == $"/staff/events/requests/{request.Id}");
    }

    [Fact]
    public async Task A_host_request_with_mistakes_is_explained_and_kept()
    {
        var visitor = app.CreateBrowserClient();
        var response = await visitor.SubmitAsync("/events/host", new Dictionary<string, string>
        {
            ["Host.Name"] = "Kept",
            ["Host.Email"] = "kept@example.org",
            ["Host.Place"] = "",
            ["Host.ProposedDate"] = DateTime.UtcNow.Date.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Host.ExpectedAudience"] = "40",
            ["Host.Stamp"] = await HostStampedAMinuteAgoAsync(app),
        }, "form.event-form");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("Enter the city and the place where you would hold the screening.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept", page.QuerySelector("input[name='Host.Name']")!.GetAttribute("value"));
        Assert.Equal("40", page.QuerySelector("input[name='Host.ExpectedAudience']")!.GetAttribute("value"));
        Assert.Empty(await MailsToAsync(app, "kept@example.org"));
    }

    [Fact]
    public async Task Staff_see_the_waiting_list_in_order_cancel_a_reply_and_export_everything_as_csv_with_formulas_escaped()
    {
        var ev = await EventAsync(app, capacity: 2);
        var visitor = app.CreateBrowserClient();
        var first = $"first-{Guid.NewGuid():N}@example.org";
        var formula = $"formula-{Guid.NewGuid():N}@example.org";
        await ReplyAsync(app, visitor, ev, "Ana Núñez", first, partySize: 2);
        await ReplyAsync(app, visitor, ev, "=HYPERLINK(\"https://evil.example\",\"Click\")", formula, partySize: 1);
        await ReplyAsync(app, visitor, ev, "Third", $"third-{Guid.NewGuid():N}@example.org", partySize: 1);
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);

        var page = await staff.GetDocumentAsync($"/staff/events/{ev.Id}/replies");
        Assert.Equal(["1", "2"], page.QuerySelectorAll("#waiting tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Contains(first, page.QuerySelector("#confirmed")!.TextContent, StringComparison.Ordinal);

        var csv = await staff.GetAsync($"/staff/events/{ev.Id}/replies?handler=Csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("Status,Name,E-mail address,Party size,Place on the waiting list,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"Confirmed,Ana Núñez,{first},2,,en,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith($"Waiting list,\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",{formula},1,1,en,", lines[2], StringComparison.Ordinal);

        var cancelled = await staff.SubmitAsync(page, $"/staff/events/{ev.Id}/replies", [], "#confirmed form[action*='handler=Cancel']");
        Assert.Equal($"/staff/events/{ev.Id}/replies", cancelled.Location());
        Assert.Contains("Reply cancelled.", (await staff.GetDocumentAsync(cancelled.Location())).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var replies = (await RepliesAsync(app, ev.Id)).ToDictionary(r => r.Email);
        Assert.Equal(RsvpStatus.Cancelled, replies[first].Status);
        Assert.Equal(RsvpStatus.Confirmed, replies[formula].Status);
        Assert.Equal(2, (await ReloadAsync(app, ev.Id)).ConfirmedPlaces);
        Assert.Equal(["events.confirmed", "events.cancelled"], (await MailsToAsync(app, first)).Select(m => m.Kind));
        Assert.Equal("events.promoted", (await MailsToAsync(app, formula)).Last().Kind);
    }

    [Fact]
    public async Task Only_campaign_staff_and_administrators_open_the_events_section()
    {
        var volunteer = await app.SignedInStaffAsync(StaffRoles.Volunteer);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var campaigner = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var admin = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var ev = await EventAsync(app, capacity: 5, publish: false);
        await ReplyAsync(app, app.CreateBrowserClient(), await PublishedAsync(ev), "Guest", $"guest-{Guid.NewGuid():N}@example.org");

        foreach (var path in new[]
        {
            "/staff/events", "/staff/events/new", $"/staff/events/{ev.Id}", $"/staff/events/{ev.Id}/preview",
            $"/staff/events/{ev.Id}/replies", $"/staff/events/{ev.Id}/replies?handler=Csv", "/staff/events/requests",
        })
        {
            Assert.True((await volunteer.GetAsync(path)).Headers.Location?.OriginalString.StartsWith("http://localhost/account/access-denied", StringComparison.Ordinal), $"a volunteer opened {path}");
            Assert.True((await hotline.GetAsync(path)).Headers.Location?.OriginalString.StartsWith("http://localhost/account/access-denied", StringComparison.Ordinal), $"hotline staff opened {path}");
            Assert.True(HttpStatusCode.OK == (await campaigner.GetAsync(path)).StatusCode, $"campaign staff could not open {path}");
            Assert.True(HttpStatusCode.OK == (await admin.GetAsync(path)).StatusCode, $"an administrator could not open {path}");
            Assert.StartsWith("http://localhost/account/sign-in", (await app.CreateBrowserClient().GetAsync(path)).Location(), StringComparison.Ordinal);
        }

        // A form taken from a page staff may open does not let anyone else cancel a reply.
        var page = await campaigner.GetDocumentAsync($"/staff/events/{ev.Id}/replies");
        var form = (IHtmlFormElement)page.QuerySelector("#confirmed form")!;
        var refused = await volunteer.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent([]));
        Assert.StartsWith("http://localhost/account/access-denied", refused.Location(), StringComparison.Ordinal);
        Assert.All(await RepliesAsync(app, ev.Id), r => Assert.Equal(RsvpStatus.Confirmed, r.Status));

        var dashboard = await campaigner.GetDocumentAsync("/staff");
        Assert.Contains(dashboard.QuerySelectorAll(".section-list a"), a => a.GetAttribute("href") == "/staff/events");
        Assert.DoesNotContain((await volunteer.GetDocumentAsync("/staff")).QuerySelectorAll("a"), a => a.GetAttribute("href") == "/staff/events");
    }

    [Fact]
    public async Task Staff_mistakes_in_the_event_form_are_all_shown_at_once_and_nothing_changes()
    {
        var staff = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var before = await app.WithDbAsync(db => db.Set<Event>().CountAsync());

        var response = await staff.SubmitAsync("/staff/events/new", new Dictionary<string, string>
        {
            ["Event.TitleEn"] = "",
            ["Event.Date"] = "2026-03-08",
            ["Event.StartTime"] = "02:30",
            ["Event.EndTime"] = "04:00",
            ["Event.TimeZoneId"] = "America/Chicago",
            ["Event.Format"] = nameof(EventFormat.Online),
            ["Event.OnlineUrl"] = "",
            ["Event.Capacity"] = "0",
        }, "form.form--wide");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await HtmlForms.ParseAsync(response)).QuerySelectorAll(".error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Event_TitleEn", errors);
        Assert.Contains("#Event_StartTime", errors);
        Assert.Contains("#Event_OnlineUrl", errors);
        Assert.Contains("#Event_Capacity", errors);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Event>().CountAsync()));
    }

    private async Task<Event> PublishedAsync(Event ev)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EventService>().SetPublishedAsync(ev.Id, true);
        return ev;
    }

    private static string PlacesOn(IHtmlDocument listing, Event ev)
    {
        var card = listing.QuerySelectorAll(".event-card").Single(c => c.QuerySelector($"a[href='/events/{ev.Slug}']") is not null);
        var places = card.QuerySelectorAll(".event-facts > div").Single(d => d.QuerySelector("dt")!.TextContent == "Places");
        return places.QuerySelector("dd")!.TextContent.Trim();
    }
}

public sealed class EventsOnSqlite(SqliteApp app) : EventTests(app), IClassFixture<SqliteApp>;

public sealed class EventsOnPostgres(PostgresApp app) : EventTests(app), IClassFixture<PostgresApp>;
