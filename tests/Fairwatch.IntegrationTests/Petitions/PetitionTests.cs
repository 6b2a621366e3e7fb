using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Petitions;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Petitions.PetitionTestData;

namespace Fairwatch.IntegrationTests.Petitions;

/// <summary>A supporter signs; staff follow, write to the signers, export and deliver; partner sites embed.</summary>
public abstract partial class PetitionTests(FairwatchFactory app)
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task A_supporter_signs_is_counted_at_once_confirms_by_email_and_signing_again_changes_nothing()
    {
        var slug = Slug("sign");
        var id = await PetitionAsync(app, slug);
        var email = SignerEmail("ana");
        var visitor = app.CreateBrowserClient();
        Assert.Contains("0 people have signed", (await visitor.GetDocumentAsync($"/petitions/{slug}")).QuerySelector(".petition-count")!.TextContent, StringComparison.Ordinal);

        var signed = await SignAsync(app, visitor, $"/petitions/{slug}", id, "  " + email.ToUpperInvariant() + " ", "Ana", "Lastname-Kept-Private", updates: true);

        Assert.Matches($"^/petitions/{slug}/signed\\?code=[a-z0-9]{{10}}$", signed.Location());
        var thanks = await visitor.GetDocumentAsync(signed.Location());
        Assert.Contains("Thank you for signing", thanks.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 person has signed", thanks.QuerySelector(".petition-count")!.TextContent, StringComparison.Ordinal);
        var page = await visitor.GetDocumentAsync($"/petitions/{slug}");
        Assert.Contains("1 person has signed", page.QuerySelector(".petition-count")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Ana from California"], page.QuerySelectorAll(".signers li").Select(li => li.TextContent));
        var progress = page.QuerySelector("progress")!;
        Assert.Equal(("100", "1"), (progress.GetAttribute("max"), progress.GetAttribute("value")));
        Assert.Equal(progress.Id, page.QuerySelector($"label[for='{progress.Id}']")!.GetAttribute("for"));

        var confirmation = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(email), MailWait);
        Assert.Equal("Please confirm your signature: Free the families", confirmation.Subject);
        Assert.StartsWith("<http://localhost/petitions/unsubscribe?token=", confirmation.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", confirmation.Headers["List-Unsubscribe-Post"]);
        var link = ConfirmLink().Match(confirmation.TextBody!).Value;

        // Again, typed differently and with other details: told so, and nothing changes.
        var again = await SignAsync(app, app.CreateBrowserClient(), $"/petitions/{slug}", id, email, "Impostor", "Other", zip: "60614", showName: false);
        Assert.Matches($"^/petitions/{slug}/signed\\?already=true&code=[a-z0-9]{{10}}$", again.Location());
        var told = await visitor.GetDocumentAsync(again.Location());
        Assert.Contains("You have already signed", told.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", told.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Set<PetitionSignature>().AsNoTracking().SingleAsync(s => s.PetitionId == id));
        Assert.Equal((email, "Ana", "CA", true, true), (stored.Email, stored.FirstName, stored.State, stored.ShowName, stored.WantsUpdates));
        Assert.Equal(1, (await CounterAsync(app, id)).Signatures);

        // A second signer who never confirms, so staff see both counts.
        Assert.StartsWith($"/petitions/{slug}/signed?code=", (await SignAsync(app, visitor, $"/petitions/{slug}", id, SignerEmail("ben"), "Ben", zip: "60614")).Location(), StringComparison.Ordinal);

        var confirmPage = await visitor.GetDocumentAsync(link);
        Assert.Contains("Confirm your signature", confirmPage.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, (await CounterAsync(app, id)).Confirmed);
        var confirmed = await visitor.SubmitAsync(confirmPage, link, new Dictionary<string, string>());
        Assert.Contains("Your signature is confirmed", (await HtmlForms.ParseAsync(confirmed)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        // Pressing the button twice (or a second tab) confirms, and counts, once.
        Assert.Contains("Your signature is confirmed", (await HtmlForms.ParseAsync(await visitor.SubmitAsync(confirmPage, link, new Dictionary<string, string>()))).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var counts = (await staff.GetDocumentAsync($"/staff/petitions/{id}")).QuerySelector(".petition-counts")!;
        Assert.Equal("2", counts.QuerySelector("[data-count=total]")!.TextContent);
        Assert.Equal("1", counts.QuerySelector("[data-count=confirmed]")!.TextContent);
        Assert.Equal("1", counts.QuerySelector("[data-count=unconfirmed]")!.TextContent);
        Assert.Equal((2, 1), ((await CounterAsync(app, id)).Signatures, (await CounterAsync(app, id)).Confirmed));

        await app.Smtp.WaitForMessageAsync(m => m.To.Any(t => t.StartsWith("ben-", StringComparison.Ordinal)), MailWait);
        Assert.Single(app.Smtp.Messages(), m => m.To.Contains(email));
        foreach (var path in new[] { $"/petitions/{slug}", $"/embed/petitions/{slug}", "/petitions", $"/api/v1/petitions/{id}" })
        {
            var body = await visitor.GetStringAsync(path);
            Assert.DoesNotContain(email, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Lastname-Kept-Private", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Mistakes_are_explained_what_was_typed_is_kept_and_nothing_is_stored()
    {
        var slug = Slug("mistakes");
        var id = await PetitionAsync(app, slug);
        var visitor = app.CreateBrowserClient();

        var noEmail = await SignAsync(app, visitor, $"/petitions/{slug}", id, "", "Kept", "Typed", comment: "Kept comment");
        Assert.Equal(HttpStatusCode.OK, noEmail.StatusCode);
        var page = await HtmlForms.ParseAsync(noEmail);
        Assert.Contains("Enter your e-mail address.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#Signature_Email", page.QuerySelector(".error-summary a")!.GetAttribute("href"));
        Assert.Equal("Kept", page.QuerySelector("input[name='Signature.FirstName']")!.GetAttribute("value"));
        Assert.Equal("Kept comment", page.QuerySelector("textarea[name='Signature.Comment']")!.TextContent.Trim());

        var badZip = await HtmlForms.ParseAsync(await SignAsync(app, visitor, $"/petitions/{slug}", id, SignerEmail("zip"), zip: "9411O"));
        Assert.Contains("Enter a ZIP code of 5 digits", badZip.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("9411O", badZip.QuerySelector("input[name='Signature.Zip']")!.GetAttribute("value"));

        var spanish = app.CreateBrowserClient();
        spanish.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        var es = await HtmlForms.ParseAsync(await SignAsync(app, spanish, $"/petitions/{slug}", id, SignerEmail("es"), firstName: ""));
        Assert.Contains("Escriba su nombre.", es.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // The page's own stamp, sent straight back: no person fills the form in that fast.
        var form = await visitor.GetDocumentAsync($"/petitions/{slug}");
        var stamp = ((IHtmlInputElement)form.QuerySelector("input[name='Signature.Stamp']")!).Value;
        var fast = await HtmlForms.ParseAsync(await SignAsync(app, visitor, $"/petitions/{slug}", id, SignerEmail("fast"), stamp: stamp));
        Assert.Contains("quicker than anyone can fill in the form", fast.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(stamp, ((IHtmlInputElement)fast.QuerySelector("input[name='Signature.Stamp']")!).Value);
        var forged = await HtmlForms.ParseAsync(await SignAsync(app, visitor, $"/petitions/{slug}", id, SignerEmail("forged"), stamp: "not-a-stamp"));
        Assert.Contains("We could not check this form", forged.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);

        // A filled honeypot is thanked like a person and forgotten.
        var bot = await SignAsync(app, visitor, $"/petitions/{slug}", id, SignerEmail("bot"), website: "https://spam.example");
        Assert.StartsWith($"/petitions/{slug}/signed?code=", bot.Location(), StringComparison.Ordinal);

        Assert.Equal(0, await CountRowsAsync(app, id));
        Assert.Equal(0, (await CounterAsync(app, id)).Signatures);
    }

    [Theory]
    [InlineData(PetitionStatus.Closed, null, "This petition is closed and no longer takes signatures.")]
    [InlineData(PetitionStatus.Won, null, "This petition was won.")]
    [InlineData(PetitionStatus.Open, -3, "The deadline has passed: this petition no longer takes signatures.")]
    public async Task A_closed_won_or_past_deadline_petition_shows_why_and_refuses_signatures(PetitionStatus status, int? deadlineDays, string why)
    {
        var slug = Slug("closed");
        var id = await PetitionAsync(app, slug, status, deadline: deadlineDays is { } days ? DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days) : null);
        var visitor = app.CreateBrowserClient();

        var page = await visitor.GetDocumentAsync($"/petitions/{slug}");
        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains(why, page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        // A form kept open in another tab since the petition was open.
        var stamp = WrittenAMinuteAgo(app, id);
        var post = await visitor.PostAsync($"/petitions/{slug}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Signature.FirstName"] = "Late", ["Signature.LastName"] = "Comer", ["Signature.Email"] = SignerEmail("late"), ["Signature.Zip"] = "94110", ["Signature.Stamp"] = stamp,
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        var embed = await app.CreateBrowserClient().PostAsync($"/embed/petitions/{slug}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Signature.FirstName"] = "Late", ["Signature.LastName"] = "Comer", ["Signature.Email"] = SignerEmail("late"), ["Signature.Zip"] = "94110", ["Signature.Stamp"] = stamp,
        }));
        Assert.Equal(HttpStatusCode.Conflict, embed.StatusCode);
        Assert.Contains("This petition no longer takes signatures.", (await HtmlForms.ParseAsync(embed)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await CountRowsAsync(app, id));
    }

    [Fact]
    public async Task An_update_reaches_only_confirmed_signers_who_asked_and_one_click_unsubscribe_stops_the_next()
    {
        var slug = Slug("updates");
        var id = await PetitionAsync(app, slug);
        var (asked, unconfirmed, notAsked, spanish) = (SignerEmail("asked"), SignerEmail("unconfirmed"), SignerEmail("not-asked"), SignerEmail("spanish"));
        var visitor = app.CreateBrowserClient();
        var spanishVisitor = app.CreateBrowserClient();
        spanishVisitor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");
        await SignAsync(app, visitor, $"/petitions/{slug}", id, asked, "Asked", updates: true);
        await SignAsync(app, visitor, $"/petitions/{slug}", id, unconfirmed, "Unconfirmed", updates: true);
        await SignAsync(app, visitor, $"/petitions/{slug}", id, notAsked, "NotAsked", updates: false);
        await SignAsync(app, spanishVisitor, $"/petitions/{slug}", id, spanish, "Lucía", updates: true);
        foreach (var email in new[] { asked, notAsked, spanish })
        {
            await ConfirmAsync(app, id, email);
        }

        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var edit = await staff.GetDocumentAsync($"/staff/petitions/{id}");
        Assert.Equal("3", edit.QuerySelector("[data-count=want-updates]")!.TextContent);
        Assert.Equal("2", edit.QuerySelector("[data-count=recipients]")!.TextContent);
        var posted = await staff.SubmitAsync(edit, $"/staff/petitions/{id}", new Dictionary<string, string>
        {
            ["Update.PublishedAt"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            ["Update.TitleEn"] = "We delivered your signatures",
            ["Update.TitleEs"] = "Entregamos sus firmas",
            ["Update.BodyEn"] = "Thank you! Nearly 400 of you signed.",
            ["Update.BodyEs"] = "¡Gracias! Casi 400 firmaron.",
            ["Update.EmailSigners"] = "true",
        }, "form[action*='handler=AddUpdate']");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var english = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(asked) && m.Subject.StartsWith("We delivered", StringComparison.Ordinal), MailWait);
        Assert.Equal("We delivered your signatures – Free the families", english.Subject);
        Assert.Contains("Thank you! Nearly 400 of you signed.", english.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", english.Headers["List-Unsubscribe-Post"]);
        var unsubscribe = english.Headers["List-Unsubscribe"].Trim('<', '>');
        Assert.StartsWith("http://localhost/petitions/unsubscribe?token=", unsubscribe, StringComparison.Ordinal);
        Assert.Contains(unsubscribe, english.TextBody, StringComparison.Ordinal);
        var inSpanish = await app.Smtp.WaitForMessageAsync(m => m.To.Contains(spanish) && m.Subject.StartsWith("Entregamos", StringComparison.Ordinal), MailWait);
        Assert.Equal("Entregamos sus firmas – Liberen a las familias", inSpanish.Subject);
        await WaitUntilSentAsync(id);
        Assert.DoesNotContain(app.Smtp.Messages(), m => m.Subject.Contains("We delivered", StringComparison.Ordinal) && (m.To.Contains(unconfirmed) || m.To.Contains(notAsked)));
        Assert.Contains("e-mailed to 2 signers", (await staff.GetDocumentAsync($"/staff/petitions/{id}")).QuerySelector("[aria-labelledby=updates-heading]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("We delivered your signatures", (await visitor.GetDocumentAsync($"/petitions/{slug}")).QuerySelector(".updates")!.TextContent, StringComparison.Ordinal);

        // The mail program's one-click unsubscribe: a POST with no cookie and no token but the link's own.
        using (var mailProgram = new HttpClient(app.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost") })
        {
            var oneClick = await mailProgram.PostAsync(unsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
            Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
            Assert.Contains("You will get no more e-mails about this petition", await oneClick.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.False(await app.WithDbAsync(db => db.Set<PetitionSignature>().Where(s => s.Email == asked).Select(s => s.WantsUpdates).SingleAsync()));

        // A person who opens the link in Spanish gets a button.
        var spanishLink = inSpanish.Headers["List-Unsubscribe"].Trim('<', '>');
        var human = await spanishVisitor.GetDocumentAsync(spanishLink);
        Assert.Contains("Dejar de recibir los correos", human.QuerySelector("main form button")!.TextContent, StringComparison.Ordinal);
        var stopped = await spanishVisitor.SubmitAsync(human, spanishLink, new Dictionary<string, string>());
        Assert.Contains("No recibirá más correos sobre esta petición", (await HtmlForms.ParseAsync(stopped)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        await PostUpdateAsync(id, "Second update");
        await WaitUntilSentAsync(id);
        Assert.DoesNotContain(app.Smtp.Messages(), m => m.Subject.StartsWith("Second update", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/petitions/unsubscribe?token=forged")).StatusCode);
    }

    [Fact]
    public async Task Staff_export_every_signature_as_csv_with_its_flags_and_formulas_defused()
    {
        var slug = Slug("csv");
        var id = await PetitionAsync(app, slug);
        var visitor = app.CreateBrowserClient();
        var (plain, formula) = (SignerEmail("plain"), SignerEmail("formula"));
        await SignAsync(app, visitor, $"/petitions/{slug}", id, plain, "Zoë", "O'Brien", zip: "10001", updates: true, comment: "Line one, with a comma");
        await SignAsync(app, visitor, $"/petitions/{slug}", id, formula, "=SUM(A1:A9)", "+Danger", zip: "94110");
        await ConfirmAsync(app, id, plain);

        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var response = await staff.GetAsync($"/staff/petitions/{id}/signatures.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"petition-{slug}-signatures.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Signed (UTC),First name,Last name,E-mail,ZIP code,State,Comment,Confirmed,Confirmed (UTC),Wants updates,Shown publicly,Language", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Matches($@"^\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,Zoë,O'Brien,{Regex.Escape(plain)},10001,NY,""Line one, with a comma"",True,\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,True,True,en$", lines[1]);
        Assert.Contains($",\"'=SUM(A1:A9)\",\"'+Danger\",{formula},94110,CA,,False,,False,True,en", lines[2], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserClient().GetAsync($"/staff/petitions/{id}/signatures.csv")).StatusCode);
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var denied = await hotline.GetAsync($"/staff/petitions/{id}/signatures.csv");
        Assert.NotEqual(HttpStatusCode.OK, denied.StatusCode);
        Assert.DoesNotContain(plain, await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_delivery_document_has_the_letter_the_count_and_the_signers_by_state_but_no_addresses()
    {
        var slug = Slug("delivery");
        var id = await PetitionAsync(app, slug);
        var visitor = app.CreateBrowserClient();
        var emails = new List<string>();
        foreach (var (name, zip) in new[] { ("Rosa", "94110"), ("Sam", "94103"), ("David", "60614"), ("Nadia", "00000") })
        {
            var email = SignerEmail(name.ToLowerInvariant());
            emails.Add(email);
            Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(app, visitor, $"/petitions/{slug}", id, email, name, "Delivered", zip: zip, comment: $"{name} cares")).StatusCode);
        }

        var staff = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var response = await staff.GetAsync($"/staff/petitions/{id}/delivery");
        var html = await response.Content.ReadAsStringAsync();
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The Secretary of Homeland Security", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("<strong>release</strong>", document.QuerySelector(".prose strong")!.OuterHtml);
        Assert.Equal("4 people signed this petition.", document.QuerySelector(".delivery__count")!.TextContent.Trim());
        var byState = document.QuerySelectorAll("[aria-labelledby=states-heading] > table tbody tr")
            .Select(tr => string.Join("|", tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));
        Assert.Equal(["California|2", "Illinois|1", "State not known from the ZIP code|1"], byState);
        var california = document.QuerySelectorAll(".delivery__state").First(s => s.QuerySelector("h3")!.TextContent.StartsWith("California", StringComparison.Ordinal));
        Assert.Equal(["Rosa Delivered", "Sam Delivered"], california.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent));
        Assert.Contains("Rosa cares", california.TextContent, StringComparison.Ordinal);
        Assert.All(emails, e => Assert.DoesNotContain(e, html, StringComparison.OrdinalIgnoreCase));
        Assert.Null(document.QuerySelector("[style]"));
        Assert.Null(document.QuerySelector("script:not([src])"));
    }

    [Fact]
    public async Task Only_the_embed_may_be_framed_by_another_site_and_it_takes_signatures_without_cookies()
    {
        var slug = Slug("embed");
        var id = await PetitionAsync(app, slug);
        var partner = new HttpClient(app.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost") };

        var embed = await partner.GetAsync($"/embed/petitions/{slug}?lang=es");
        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        Assert.Contains("frame-ancestors *", embed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(embed.Headers.Contains("X-Frame-Options"));
        var page = await HtmlForms.ParseAsync(embed);
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("0 personas han firmado", page.QuerySelector(".petition-count")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Null(page.QuerySelector(".quick-exit, .site-nav"));

        foreach (var framed in new[] { $"/petitions/{slug}", "/petitions", "/", $"/petitions/{slug}/signed" })
        {
            var response = await partner.GetAsync(framed);
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        }

        // Inside another site's frame no cookie comes back: the form works without one.
        var signed = await partner.SubmitAsync(page, $"/embed/petitions/{slug}?lang=es", new Dictionary<string, string>
        {
            ["Signature.FirstName"] = "Marta", ["Signature.LastName"] = "Embedded", ["Signature.Email"] = SignerEmail("marta"), ["Signature.Zip"] = "78201",
            ["Signature.Stamp"] = WrittenAMinuteAgo(app, id),
        });
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.Equal($"/embed/petitions/{slug}/signed?lang=es", signed.Location());
        var thanks = await partner.GetAsync(signed.Location());
        Assert.Contains("frame-ancestors *", thanks.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Gracias por firmar", (await HtmlForms.ParseAsync(thanks)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Set<PetitionSignature>().SingleAsync(s => s.PetitionId == id));
        Assert.Equal(("Marta", "TX", "es"), (stored.FirstName, stored.State, stored.Culture));
    }

    [Fact]
    public async Task The_api_gives_a_published_petition_and_its_exact_count()
    {
        var slug = Slug("api");
        var id = await PetitionAsync(app, slug, deadline: new DateOnly(2031, 1, 31));
        var draftSlug = Slug("draft");
        var draft = await PetitionAsync(app, draftSlug, publish: false);
        var visitor = app.CreateBrowserClient();
        var sitemap = await visitor.GetStringAsync("/sitemap.xml");
        Assert.Contains($"<loc>http://localhost/petitions/{slug}</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"/petitions/{draftSlug}", sitemap, StringComparison.Ordinal);
        await SignAsync(app, visitor, $"/petitions/{slug}", id, SignerEmail("one"));
        await SignAsync(app, visitor, $"/petitions/{slug}", id, SignerEmail("two"));

        var response = await visitor.GetAsync($"/api/v1/petitions/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("id").GetInt32());
        Assert.Equal("Free the families", root.GetProperty("title").GetString());
        Assert.Equal("The Secretary of Homeland Security", root.GetProperty("target").GetString());
        Assert.Equal(100, root.GetProperty("goal").GetInt32());
        Assert.Equal("open", root.GetProperty("status").GetString());
        Assert.Equal("2031-01-31", root.GetProperty("deadline").GetString());
        Assert.Equal(2, root.GetProperty("total_signatures").GetInt32());
        Assert.Equal($"http://localhost/petitions/{slug}", root.GetProperty("url").GetString());

        using var spanish = JsonDocument.Parse(await visitor.GetStringAsync($"/api/v1/petitions/{id}?lang=es"));
        Assert.Equal("Liberen a las familias", spanish.RootElement.GetProperty("title").GetString());
        var missing = await visitor.GetAsync($"/api/v1/petitions/{draft}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Staff_create_edit_publish_and_delete_a_petition_with_the_forms_and_other_roles_cannot()
    {
        var slug = Slug("staff");
        var staff = await app.SignedInStaffAsync(StaffRoles.CampaignStaff);
        var invalid = await staff.SubmitAsync("/staff/petitions", new Dictionary<string, string>
        {
            ["Petition.Slug"] = "Not A Slug", ["Petition.TitleEn"] = "Kept title", ["Petition.TargetEn"] = "Someone", ["Petition.LetterEn"] = "Please.", ["Petition.Goal"] = "10",
        });
        var invalidPage = await HtmlForms.ParseAsync(invalid);
        Assert.Contains("lower-case letters", invalidPage.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Kept title", invalidPage.QuerySelector("input[name='Petition.TitleEn']")!.GetAttribute("value"));

        var created = await staff.SubmitAsync("/staff/petitions", new Dictionary<string, string>
        {
            ["Petition.Slug"] = slug, ["Petition.TitleEn"] = "Staff petition", ["Petition.TitleEs"] = "Petición del personal",
            ["Petition.TargetEn"] = "The Attorney General", ["Petition.LetterEn"] = "Please act.", ["Petition.Goal"] = "500",
            ["Petition.Deadline"] = "2030-12-31", ["Petition.Status"] = "Open",
        });
        var editUrl = created.Location();
        Assert.Matches(@"^/staff/petitions/\d+$", editUrl);
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync($"/petitions/{slug}")).StatusCode);

        var edit = await staff.GetDocumentAsync(editUrl);
        Assert.Equal("2030-12-31", edit.QuerySelector("input[name='Petition.Deadline']")!.GetAttribute("value"));
        Assert.Contains($"/embed/petitions/{slug}", edit.QuerySelector("#embed-code")!.TextContent, StringComparison.Ordinal);
        await staff.SubmitAsync(edit, editUrl, new Dictionary<string, string>(), "form[action*='handler=Publish']");
        var page = await app.CreateBrowserClient().GetDocumentAsync($"/petitions/{slug}");
        Assert.Equal("Staff petition", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("The Attorney General", page.QuerySelector(".petition__target")!.TextContent, StringComparison.Ordinal);

        edit = await staff.GetDocumentAsync(editUrl);
        var saved = await staff.SubmitAsync(edit, editUrl, new Dictionary<string, string>
        {
            ["Petition.Slug"] = slug, ["Petition.TitleEn"] = "Staff petition", ["Petition.TargetEn"] = "The Attorney General",
            ["Petition.LetterEn"] = "Please act.", ["Petition.Goal"] = "500", ["Petition.Status"] = "Won",
        }, "form[action*='handler=Save']");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("This petition was won.", (await app.CreateBrowserClient().GetDocumentAsync($"/petitions/{slug}")).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);

        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        Assert.NotEqual(HttpStatusCode.OK, (await hotline.GetAsync(editUrl)).StatusCode);
        Assert.Contains("/account/sign-in", (await app.CreateBrowserClient().GetAsync("/staff/petitions")).Location(), StringComparison.Ordinal);

        edit = await staff.GetDocumentAsync(editUrl);
        var unconfirmed = await staff.SubmitAsync(edit, editUrl, new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Contains("Tick the box", (await HtmlForms.ParseAsync(unconfirmed)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var deleted = await staff.SubmitAsync(edit, editUrl, new Dictionary<string, string> { ["confirm"] = "true" }, "form[action*='handler=Delete']");
        Assert.Equal("/staff/petitions", deleted.Location());
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateBrowserClient().GetAsync($"/petitions/{slug}")).StatusCode);
    }

    private async Task PostUpdateAsync(int id, string title)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var posted = await scope.ServiceProvider.GetRequiredService<PetitionService>()
            .PostUpdateAsync(id, new PetitionUpdateInput(DateTime.UtcNow, title, null, "More news.", null, EmailSigners: true));
        Assert.True(posted.Succeeded);
    }

    /// <summary>Waits until the mailer has put every update of the petition in the outbox and the outbox has sent it.</summary>
    private async Task WaitUntilSentAsync(int petitionId)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (await app.WithDbAsync(async db =>
            await db.Set<PetitionUpdate>().AnyAsync(u => u.PetitionId == petitionId && u.EmailStatus == UpdateEmailStatus.Sending)
            || await db.OutboxMessages.AnyAsync(m => m.Kind == PetitionMailer.UpdateKind && m.Status == Fairwatch.Email.OutboxStatus.Pending)))
        {
            Assert.True(clock.Elapsed < MailWait, "The update was not e-mailed in time.");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"http://localhost/petitions/confirm\?token=[A-Za-z0-9_-]+")]
    private static partial Regex ConfirmLink();
}

public sealed class PetitionsOnSqlite(SqliteApp app) : PetitionTests(app), IClassFixture<SqliteApp>;

public sealed class PetitionsOnPostgres(PostgresApp app) : PetitionTests(app), IClassFixture<PostgresApp>;

/// <summary>The per-network limit on signing, on an app configured with a small one.</summary>
public sealed class PetitionRateLimitTests(PetitionRateLimitTests.LowLimitApp app) : IClassFixture<PetitionRateLimitTests.LowLimitApp>
{
    public sealed class LowLimitApp : SqliteApp
    {
        public LowLimitApp() => Set("Petitions:FormPostsPerTenMinutes", "2");
    }

    [Fact]
    public async Task Too_many_signatures_from_one_network_are_turned_away_and_reading_is_not_limited()
    {
        var slug = Slug("flood");
        var id = await PetitionAsync(app, slug);
        var client = app.CreateBrowserClient();
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignAsync(app, client, $"/petitions/{slug}", id, SignerEmail("flood"))).StatusCode);
        }

        var refused = await SignAsync(app, client, $"/petitions/{slug}", id, SignerEmail("flood"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsync($"/embed/petitions/{slug}", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/petitions/{slug}")).StatusCode);
        Assert.Equal(2, await CountRowsAsync(app, id));
    }
}
