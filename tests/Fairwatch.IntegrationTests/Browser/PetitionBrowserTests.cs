using Fairwatch.Accounts;
using Fairwatch.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PetitionBrowserTests(BrowserFixture browser)
{
    private const string Petition = "/petitions/" + PetitionDemo.Slug;
    private const string Embed = "/embed/petitions/" + PetitionDemo.Slug;

    [Theory]
    [InlineData(Petition, "en")]
    [InlineData(Petition, "es")]
    [InlineData(Embed, "en")]
    [InlineData(Embed + "?lang=es", "es")]
    [InlineData("/petitions", "en")]
    [InlineData("/petitions", "es")]
    [InlineData(Petition + "/signed", "en")]
    [InlineData(Petition + "/signed?already=true", "es")]
    [InlineData(Embed + "/signed?lang=es", "es")]
    public async Task Axe_finds_no_violations_on_petition_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await ShellBrowserTests.AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await ShellBrowserTests.SaveScreenshotAsync(page, $"petition{path.Replace('/', '-').Replace('?', '-')}-{language}");
    }

    [Theory]
    [InlineData("en", "Enter your first name.")]
    [InlineData("es", "Escriba su nombre.")]
    public async Task Axe_finds_no_violations_on_the_signature_form_showing_errors(string language, string message)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(Petition);
        await page.FillAsync("#Signature_Comment", "Kept while the errors show");

        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.Contains(message, await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Kept while the errors show", await page.InputValueAsync("#Signature_Comment"));
        // The trap is hidden by the style sheet, which may still be loading when the error summary appears.
        await page.WaitForLoadStateAsync();
        Assert.False(await page.Locator("#Signature_Website").IsVisibleAsync());
        await ShellBrowserTests.AssertAccessibleAsync(page, $"signature form with errors ({language})");
    }

    [Fact]
    public async Task A_supporter_finds_the_petition_on_the_campaign_ladder_signs_it_and_is_counted()
    {
        var email = $"browser-signer-{Guid.NewGuid():N}@example.org";
        var before = await CountAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/campaigns/due-process");
        await page.ClickAsync(".ladder__step:first-child a");
        Assert.EndsWith(Petition, page.Url, StringComparison.Ordinal);
        Assert.Contains($"{before} people have signed", await page.Locator(".petition-count").InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#Signature_FirstName", "Rosa");
        await page.FillAsync("#Signature_LastName", "Browser");
        await page.FillAsync("#Signature_Email", email);
        await page.FillAsync("#Signature_Zip", "94110");
        await page.CheckAsync("#Signature_ShowName");
        Assert.False(await page.IsCheckedAsync("#Signature_WantsUpdates"));
        // A person reads the petition first; the form refuses anything quicker than a few seconds.
        await page.WaitForTimeoutAsync(4_000);
        await page.ClickAsync("main form button[type=submit]");

        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("Thank you for signing", await page.Locator(".notice--success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains($"{before + 1} people have signed", await page.Locator(".petition-count").InnerTextAsync(), StringComparison.Ordinal);
        await ShellBrowserTests.AssertAccessibleAsync(page, "after signing");
        var stored = await browser.App.WithDbAsync(db => db.Set<PetitionSignature>().SingleAsync(s => s.Email == email));
        Assert.Equal(("Rosa", "CA", true, false), (stored.FirstName, stored.State, stored.ShowName, stored.WantsUpdates));

        await page.GotoAsync(Petition);
        Assert.Equal("Rosa from California", await page.Locator(".signers li").First.InnerTextAsync());
    }

    [Fact]
    public async Task A_partner_site_on_another_origin_shows_the_embed_in_an_iframe_and_a_supporter_signs_inside_it()
    {
        var email = $"framed-signer-{Guid.NewGuid():N}@example.org";
        // The partner is another site (localhost, not the app's 127.0.0.1) on a server of its own:
        // Chromium refuses to let a page it takes for public frame a loopback address, so a page
        // made up by the test would not do.
        using var partner = PartnerSite.Start(
            $"<!DOCTYPE html><html lang=\"en\"><title>Partner</title><h1>Our partner's petition</h1>" +
            $"<iframe title=\"Petition\" src=\"{browser.BaseUrl}{Embed}?lang=es\" width=\"600\" height=\"1200\"></iframe></html>");
        var page = await browser.NewPageAsync(language: "es");
        await page.RouteAsync(partner.Url + "**", route => route.ContinueAsync());

        await page.GotoAsync(partner.Url);
        var frame = page.FrameLocator("iframe");
        await Assertions.Expect(frame.Locator("h1")).ToContainTextAsync("Que la detención deje de ser la norma");
        await frame.Locator("#Signature_FirstName").FillAsync("Marta");
        await frame.Locator("#Signature_LastName").FillAsync("Enmarcada");
        await frame.Locator("#Signature_Email").FillAsync(email);
        await frame.Locator("#Signature_Zip").FillAsync("78201");
        await page.WaitForTimeoutAsync(4_000);
        await frame.Locator("button[type=submit]").ClickAsync();

        await Assertions.Expect(frame.Locator(".notice--success")).ToContainTextAsync("Gracias por firmar");
        var stored = await browser.App.WithDbAsync(db => db.Set<PetitionSignature>().SingleAsync(s => s.Email == email));
        Assert.Equal(("Marta", "TX", "es"), (stored.FirstName, stored.State, stored.Culture));
        Assert.Equal(partner.Url, page.Url);
        Assert.Empty(browser.RequestsElsewhere(page));
        await ShellBrowserTests.SaveScreenshotAsync(page, "petition-embed-on-partner-site");
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_petition_pages()
    {
        var email = $"axe-petitions-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await ShellBrowserTests.SignInAsync(page, email);
        var id = await browser.App.WithDbAsync(db => db.Set<Petition>().Where(p => p.Slug == PetitionDemo.Slug).Select(p => p.Id).SingleAsync());

        foreach (var path in new[] { "/staff/petitions", $"/staff/petitions/{id}", $"/staff/petitions/{id}/delivery" })
        {
            await page.GotoAsync(path);
            await ShellBrowserTests.AssertAccessibleAsync(page, path);
        }

        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-petition-delivery");
        await page.GotoAsync($"/staff/petitions/{id}");
        await page.ClickAsync("form[action$='handler=AddUpdate'] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await ShellBrowserTests.AssertAccessibleAsync(page, "petition edit page with errors");
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-petition-edit");
    }

    /// <summary>A one-page web site on localhost, standing for a partner organisation's site.</summary>
    private sealed class PartnerSite : IDisposable
    {
        private readonly System.Net.HttpListener _listener = new();

        private PartnerSite(string url) => Url = url;

        public string Url { get; }

        public static PartnerSite Start(string html)
        {
            using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
            probe.Start();
            var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var site = new PartnerSite($"http://localhost:{port}/");
            site._listener.Prefixes.Add(site.Url);
            site._listener.Start();
            _ = Task.Run(async () =>
            {
                var body = System.Text.Encoding.UTF8.GetBytes(html);
                while (site._listener.IsListening)
                {
                    try
                    {
                        var context = await site._listener.GetContextAsync();
                        context.Response.ContentType = "text/html; charset=utf-8";
                        await context.Response.OutputStream.WriteAsync(body);
                        context.Response.Close();
                    }
                    catch (Exception e) when (e is System.Net.HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                }
            });
            return site;
        }

        public void Dispose() => _listener.Close();
    }

    private Task<int> CountAsync() => browser.App.WithDbAsync(db =>
        db.Set<PetitionCounter>().Where(c => db.Set<Petition>().Any(p => p.Id == c.PetitionId && p.Slug == PetitionDemo.Slug)).Select(c => c.Signatures).SingleAsync());
}
