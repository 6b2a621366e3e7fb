using Fairwatch.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Fairwatch.Benchmarks;

/// <summary>
/// Fairwatch as it runs in production (Release, Production environment, Kestrel) on a throw-away
/// SQLite data folder, or on PostgreSQL (<c>--Database:Provider=postgres</c>, the connection string
/// from <see cref="PostgresVariable"/>), with the demo content and <see cref="LargeCampaign"/>.
/// Shared by the in-process page benchmarks and by <c>serve</c>, which wrk measures from outside.
/// </summary>
public sealed class BenchSite : IAsyncDisposable
{
    /// <summary>The connection string of an empty PostgreSQL database, used with <c>--Database:Provider=postgres</c>.</summary>
    public const string PostgresVariable = "FAIRWATCH_BENCH_POSTGRES";

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

    public IServiceProvider Services => _app.Services;

    public DatabaseProvider Provider => _app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;

    /// <param name="url">Where Kestrel listens.</param>
    /// <param name="settings">More configuration, as <c>--Key=value</c>, which wins over the defaults here.</param>
    public static async Task<BenchSite> StartAsync(string url = "http://127.0.0.1:0", params string[] settings)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("fairwatch-bench-").FullName;
        string[] args =
        [
            $"--contentRoot={Path.Combine(RepositoryRoot(), "src", "Fairwatch")}",
            "--environment=Production",
            // Razor pages are found in the application assembly, which is not the entry assembly here.
            "--applicationName=Fairwatch",
            $"--urls={url}",
            $"--Database:DataDirectory={dataDirectory}",
            "--Demo:Seed=true",
            "--Logging:LogLevel:Default=Warning",
            // Links in e-mails need the public address; the bench site's own will do.
            $"--Site:PublicBaseUrl={(url.EndsWith(":0", StringComparison.Ordinal) ? "http://127.0.0.1" : url)}",
            // Every wrk connection comes from 127.0.0.1; the limits are for strangers, not for the load generator.
            "--RateLimits:AccountFormPostsPerFiveMinutes=1000000",
            "--Petitions:FormPostsPerTenMinutes=1000000000",
            .. settings,
        ];
        var given = new ConfigurationBuilder().AddCommandLine(args).Build();
        if (string.Equals(given["Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrEmpty(given["Database:ConnectionString"]))
        {
            args = [.. args, $"--Database:ConnectionString={Environment.GetEnvironmentVariable(PostgresVariable)
                ?? throw new InvalidOperationException($"Set {PostgresVariable} to the connection string of an empty PostgreSQL database.")}"];
        }

        var app = FairwatchApp.Build(args);
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
