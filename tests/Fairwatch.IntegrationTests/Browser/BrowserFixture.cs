using Fairwatch.Data;
using System.Collections.Concurrent;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Playwright;

namespace Fairwatch.IntegrationTests.Browser;

/// <summary>
/// The app on a real Kestrel port and Debian's Chromium driven by Playwright. Every request the
/// browser makes to a host other than the app is recorded and refused, so tests can prove that a
/// page contacts nobody else; the neutral quick-exit site is answered locally.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "FAIRWATCH_CHROMIUM";

    private IPlaywright? _playwright;

    public SqliteApp App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    // One record per browser context (one page each), so that a test that clicks through to
    // another host on purpose cannot make a later test's "nothing else was contacted" fail.
    private readonly ConcurrentDictionary<IBrowserContext, ConcurrentQueue<string>> _elsewhere = new();

    /// <summary>Every request this page made to a host other than the app (refused by the fixture).</summary>
    public ConcurrentQueue<string> RequestsElsewhere(IPage page) => _elsewhere.GetOrAdd(page.Context, _ => new());

    public async Task InitializeAsync()
    {
        // The whole demo site, seeded before the server starts, as on a first run. Content added
        // behind the app's back later would not evict the pages it has already cached.
        App.Set($"{DemoOptions.Section}:{nameof(DemoOptions.Seed)}", "true");
        await App.InitializeAsync();
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        var executable = Environment.GetEnvironmentVariable(ChromiumVariable) ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {executable}. Install it (apt-get install chromium) or set {ChromiumVariable}.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true, string? language = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            Locale = language ?? "en-US",
            ExtraHTTPHeaders = language is null ? null : new Dictionary<string, string> { ["Accept-Language"] = language },
        });
        var elsewhere = _elsewhere.GetOrAdd(context, _ => new());
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (url.StartsWith(BaseUrl, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else if (url.StartsWith(FairwatchFactory.NeutralSite, StringComparison.Ordinal))
            {
                await route.FulfillAsync(new() { ContentType = "text/html", Body = "<!DOCTYPE html><title>Weather</title><h1>Weather</h1>" });
            }
            else
            {
                elsewhere.Enqueue(url);
                await route.AbortAsync();
            }
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await ((IAsyncLifetime)App).DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
