using Fairwatch.Data;

namespace Fairwatch.Tests;

/// <summary>
/// The real app's services over a fresh SQLite file, without the web server: services are
/// tested against the same DI graph and schema that production uses.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app, string directory)
    {
        _app = app;
        Directory = directory;
    }

    public string Directory { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<TestApp> StartAsync(params string[] settings)
    {
        var directory = Path.Combine(Path.GetTempPath(), "fairwatch-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        string[] args =
        [
            "--environment=Testing",
            $"--Database:DataDirectory={directory}",
            "--Email:Outbox:Enabled=false",
            "--Site:PublicBaseUrl=https://fairwatch.test",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ];
        var app = FairwatchApp.Build(args);
        await DatabaseStartup.PrepareAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), migrate: true, seed: false, CancellationToken.None);

        return new TestApp(app, directory);
    }

    public AsyncServiceScope Scope() => _app.Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
