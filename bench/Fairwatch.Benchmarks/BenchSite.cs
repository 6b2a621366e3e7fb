using Fairwatch.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Fairwatch.Benchmarks;

/// <summary>
/// Fairwatch as it runs in production (Release, Production environment, Kestrel, SQLite) on a
/// throw-away data folder, with the demo content and <see cref="LargeCampaign"/>. Shared by the
/// in-process page benchmarks and by <c>serve</c>, which wrk measures from outside.
/// </summary>
public sealed class BenchSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataDirectory;

    private BenchSite(WebApplication app, string dataDirectory, string address)
    {
        _app = app;
        _dataDirectory = dataDirectory;
        Address = address;
    }

    /// <summary>The address Kestrel listens on, without a trailing slash.</summary>
    public string Address { get; }

    public static async Task<BenchSite> StartAsync(string url = "http://127.0.0.1:0")
    {
        var dataDirectory = Directory.CreateTempSubdirectory("fairwatch-bench-").FullName;
        var app = FairwatchApp.Build(
        [
            $"--contentRoot={Path.Combine(RepositoryRoot(), "src", "Fairwatch")}",
            "--environment=Production",
            // Razor pages are found in the application assembly, which is not the entry assembly here.
            "--applicationName=Fairwatch",
            $"--urls={url}",
            $"--Database:DataDirectory={dataDirectory}",
            "--Demo:Seed=true",
            "--Logging:LogLevel:Default=Warning",
            // Every wrk connection comes from 127.0.0.1; the limits are for strangers, not for the load generator.
            "--RateLimits:AccountFormPostsPerFiveMinutes=1000000",
        ]);
        await app.StartAsync();

        // DatabaseStartup migrated and seeded the demo before StartAsync returned.
        using (var scope = app.Services.CreateScope())
        {
            await LargeCampaign.SeedAsync(scope.ServiceProvider.GetRequiredService<FairwatchDb>());
        }

        var address = app.Urls.First().TrimEnd('/');
        return new BenchSite(app, dataDirectory, address);
    }

    /// <summary>Until the host's console lifetime sees Ctrl+C or SIGTERM.</summary>
    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Fairwatch.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the Fairwatch repository.");
    }
}
