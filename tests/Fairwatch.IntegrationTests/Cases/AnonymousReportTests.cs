using System.Net;
using AngleSharp.Html.Dom;
using Fairwatch.Accounts;
using Fairwatch.Cases;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Cases.CaseTestData;

namespace Fairwatch.IntegrationTests.Cases;

/// <summary>An anonymous reporter files a report, keeps the receipt code, and later sees its status and adds to it.</summary>
public abstract class AnonymousReportTests(FairwatchFactory app) : IAsyncLifetime
{
    // Idempotent: the registry the form offers, as after the first import.
    public Task InitializeAsync() => app.ImportBundledFacilitiesAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reporter_gets_a_receipt_once_sees_the_status_with_it_and_adds_information_and_staff_see_both()
    {
        var reporter = app.CreateBrowserClient();
        var facility = await app.WithDbAsync(db => db.Set<Fairwatch.Detention.Facility>().OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        var story = Canary("report");
        var (sent, page) = await ReportAsync(app, reporter, new()
        {
            ["Report.Narrative"] = story,
            ["Report.FacilityId"] = facility.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Report.OccurredOn"] = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd"),
            ["Report.Contact"] = "",
        }, categories: ["MedicalNeglect", "Retaliation"]);

        // The code is in the answer to the post itself: no redirect, no cookie but the form's, no copy kept by anyone.
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var code = Receipt(page);
        Assert.Matches(SixteenDigits(), code);
        Assert.Equal("no-store", sent.Headers.CacheControl!.ToString());
        Assert.DoesNotContain(sent.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => !c.StartsWith(".Fairwatch.Antiforgery=", StringComparison.Ordinal));

        var stored = await app.WithDbAsync(db => db.Set<Case>().AsNoTracking().Include(c => c.Categories).Include(c => c.Changes).OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal((CaseSource.WebReport, CaseStatus.New, facility, true), (stored.Source, stored.Status, stored.FacilityId, stored.IsAnonymous));
        Assert.Equal([AbuseCategory.MedicalNeglect, AbuseCategory.Retaliation], stored.Categories.Select(c => c.Category).Order());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), stored.ReceivedOn);
        Assert.Null(stored.ReceivedTime);
        Assert.All(stored.Changes, c => Assert.Equal(TimeSpan.Zero, c.At.TimeOfDay));
        Assert.NotNull(stored.ReceiptHash);
        Assert.DoesNotContain(code, stored.ReceiptHash, StringComparison.Ordinal);

        // Later, from another device: the code shows where the report stands, and nothing of its content.
        var later = app.CreateBrowserClient();
        var statusPage = await HtmlForms.ParseAsync(await later.SubmitAsync("/report/status", new Dictionary<string, string> { ["Receipt.Code"] = ReceiptCodes.Format(code) }));
        Assert.Equal(nameof(CaseStatus.New), statusPage.QuerySelector("[data-status]")!.GetAttribute("data-status"));
        Assert.DoesNotContain("canary", statusPage.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var addition = Canary("addition");
        var added = await HtmlForms.ParseAsync(await later.SubmitAsync(statusPage, "/report/status", new Dictionary<string, string> { ["Receipt.Text"] = addition }, "form[action*='handler=Add']"));
        Assert.Contains("Thank you. What you added is with our hotline staff.", added.QuerySelector(".notice--success")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(added.QuerySelector(".report-status"));
        var note = await app.WithDbAsync(db => db.Set<CaseNote>().AsNoTracking().SingleAsync(n => n.CaseId == stored.Id));
        Assert.True(note.ByReporter);
        Assert.Equal(TimeSpan.Zero, note.At.TimeOfDay);

        // Hotline staff read the report and the addition; nothing of either is stored in the clear.
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var casePage = await hotline.GetDocumentAsync($"/staff/cases/{stored.Id}");
        Assert.Equal(story, casePage.QuerySelector("[data-narrative]")!.TextContent);
        Assert.Contains(addition, casePage.QuerySelector(".case-note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Added by the reporter", casePage.QuerySelector(".case-note")!.TextContent, StringComparison.Ordinal);
        await CanaryScan.AssertNotStoredAsync(app, story);
        await CanaryScan.AssertNotStoredAsync(app, addition);

        // Staff move it on; the reporter sees the new status.
        var triage = await hotline.SubmitAsync(casePage, $"/staff/cases/{stored.Id}", new Dictionary<string, string> { ["status"] = nameof(CaseStatus.Triaged) }, "form[action*='handler=Move']");
        Assert.Equal(HttpStatusCode.Redirect, triage.StatusCode);
        var again = await HtmlForms.ParseAsync(await app.CreateBrowserClient().SubmitAsync("/report/status", new Dictionary<string, string> { ["Receipt.Code"] = code }));
        Assert.Equal(nameof(CaseStatus.Triaged), again.QuerySelector("[data-status]")!.GetAttribute("data-status"));
    }

    [Fact]
    public async Task Mistakes_and_wrong_codes_get_clear_answers_and_nothing_is_stored_twice_or_at_all()
    {
        var before = await app.WithDbAsync(db => db.Set<Case>().CountAsync());
        var reporter = app.CreateBrowserClient();

        var (empty, emptyPage) = await ReportAsync(app, reporter, new() { ["Report.Narrative"] = "", ["Report.Place"] = "The county jail" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Equal("Tell us what happened.", emptyPage.QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Equal("The county jail", ((IHtmlInputElement)emptyPage.QuerySelector("#Report_Place")!).Value);

        var (future, futurePage) = await ReportAsync(app, reporter, new() { ["Report.Narrative"] = "It happened.", ["Report.OccurredOn"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd") });
        Assert.Equal("The date cannot be in the future.", futurePage.QuerySelector(".error-summary li")!.TextContent.Trim());

        // A script that fills every field gets a receipt like anyone else, and nothing is kept.
        var (_, trapped) = await ReportAsync(app, reporter, new() { ["Report.Narrative"] = "Buy now", ["Report.Homepage"] = "https://spam.example" });
        Assert.Matches(SixteenDigits(), Receipt(trapped));
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Case>().CountAsync()));

        // The same form sent twice (a reload) makes one report.
        var form = await reporter.GetDocumentAsync("/report");
        var fields = new Dictionary<string, string> { ["Report.Narrative"] = "Sent twice by a reload.", ["Report.Stamp"] = ReportStamp(app) };
        var first = await HtmlForms.ParseAsync(await reporter.SubmitAsync(form, "/report", fields));
        Assert.Matches(SixteenDigits(), Receipt(first));
        var second = await HtmlForms.ParseAsync(await reporter.SubmitAsync(form, "/report", fields));
        Assert.Null(second.QuerySelector("[data-receipt]"));
        Assert.Contains("This report was already sent", second.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Set<Case>().CountAsync()));

        // A wrong code finds nothing and adds nothing.
        var wrong = await HtmlForms.ParseAsync(await reporter.SubmitAsync("/report/status", new Dictionary<string, string> { ["Receipt.Code"] = "0000 0000 0000 0000" }));
        Assert.Equal("We found no report with that receipt code. Check the 16 digits and try again.", wrong.QuerySelector(".error-summary li")!.TextContent.Trim());
        Assert.Null(wrong.QuerySelector(".report-status"));
        var additions = await app.WithDbAsync(db => db.Set<CaseNote>().CountAsync(n => n.ByReporter));
        var forged = await reporter.PostAsync("/report/status?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ((IHtmlInputElement)wrong.QuerySelector("input[name=__RequestVerificationToken]")!).Value,
            ["Receipt.Code"] = "1234567812345678",
            ["Receipt.Text"] = "Trying codes",
        }));
        Assert.Contains("We found no report with that receipt code.", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(additions, await app.WithDbAsync(db => db.Set<CaseNote>().CountAsync(n => n.ByReporter)));
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Set<Case>().CountAsync()));
    }

    [Fact]
    public async Task The_pages_speak_spanish_and_their_language_link_sets_no_cookie()
    {
        var reporter = app.CreateBrowserClient();
        var response = await reporter.GetAsync("/report?lang=es");
        var page = await HtmlForms.ParseAsync(response);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Denunciar abusos en la detención migratoria", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/report?lang=en", page.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("Negligencia médica", page.QuerySelector("label[for=Report_Categories_MedicalNeglect]")!.TextContent);

        var (_, receipt) = await ReportAsync(app, reporter, new() { ["Report.Narrative"] = "Nos negaron atención médica." }, url: "/report?lang=es");
        Assert.Equal("Su denuncia nos ha llegado", receipt.QuerySelector("h1")!.TextContent);
        var status = await HtmlForms.ParseAsync(await app.CreateBrowserClient().SubmitAsync("/report/status?lang=es", new Dictionary<string, string> { ["Receipt.Code"] = Receipt(receipt) }));
        Assert.Equal("es", status.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/report/status?lang=es&handler=Add", status.QuerySelector("form[action*='handler=Add']")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Nothing_after_the_rate_limiter_can_see_the_reporters_address_or_browser()
    {
        // A probe in the page pipeline records what a report page could see; the same probe on another
        // public page sees the address, so the probe works.
        var seen = new List<(string Path, string? Address, string UserAgent)>();
        using var probed = app.WithWebHostBuilder(b => b.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter>(new ClientAddressStartupFilter("203.0.113.9"));
            services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new SeenByPages(seen)));
        }));
        var client = probed.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.UserAgent.ParseAdd("ProbeBrowser/1.0");

        await client.GetAsync("/report");
        await client.GetAsync("/contact");
        Assert.Equal((null, ""), seen.Where(s => s.Path == "/report").Select(s => (s.Address, s.UserAgent)).Single());
        Assert.Equal(("203.0.113.9", "ProbeBrowser/1.0"), seen.Where(s => s.Path == "/contact").Select(s => (s.Address, s.UserAgent)).Single());
    }

    private sealed class ClientAddressStartupFilter(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private sealed class SeenByPages(List<(string Path, string? Address, string UserAgent)> seen) : Microsoft.AspNetCore.Mvc.Filters.IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) => Task.CompletedTask;

        public Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
        {
            var http = context.HttpContext;
            lock (seen)
            {
                seen.Add((http.Request.Path, http.Connection.RemoteIpAddress?.ToString(), http.Request.Headers.UserAgent.ToString()));
            }

            return next();
        }
    }
}

public sealed class AnonymousReportsOnSqlite(SqliteApp app) : AnonymousReportTests(app), IClassFixture<SqliteApp>;

public sealed class AnonymousReportsOnPostgres(PostgresApp app) : AnonymousReportTests(app), IClassFixture<PostgresApp>;
