using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Petitions;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Fairwatch.IntegrationTests.Petitions;

/// <summary>
/// The app as a real process (<c>dotnet Fairwatch.dll</c>), hammered with concurrent signatures and
/// killed with SIGKILL mid-load: after a restart, every signature that got its "signed" answer is
/// in the database and the petition's counter equals its rows. Nothing is shut down gracefully.
/// </summary>
public abstract class SignatureCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Workers = 48;
    private const int AcknowledgedBeforeKill = 1_500;

    /// <summary>The app's data folder: the SQLite file, or only the pick-up folder on PostgreSQL.</summary>
    protected string DataDirectory { get; } = Directory.CreateTempSubdirectory("fairwatch-crash-").FullName;

    protected abstract string Provider { get; }

    protected string? ConnectionString { get; set; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }

        return Task.CompletedTask;
    }

    protected abstract DbConnection OpenDatabase();

    [Fact]
    public async Task Every_signature_answered_before_a_sigkill_is_stored_and_the_counter_equals_the_rows()
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = Workers })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

        using var first = await StartAppAsync(port, client);
        var form = await FormAsync(client);
        // The form's stamp must be older than the minimum time-to-submit (1 s here).
        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var acknowledged = new ConcurrentBag<string>();
        var refused = 0;
        var failed = 0;
        var load = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var email = $"crash-{worker}-{i}@example.org";
                try
                {
                    using var response = await client.PostAsync($"/petitions/{PetitionDemo.Slug}", form.Content(email), stop.Token);
                    if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith($"/petitions/{PetitionDemo.Slug}/signed?code=", StringComparison.Ordinal) == true)
                    {
                        acknowledged.Add(email);
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                {
                    // The process is gone (or going): nothing after this point counts.
                    Interlocked.Increment(ref failed);
                    await Task.Delay(10, CancellationToken.None);
                }
            }
        })).ToList();

        while (acknowledged.Count < AcknowledgedBeforeKill && load.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        // Mid-load, with requests in flight and groups being written: SIGKILL, no shutdown.
        first.Kill();
        await first.WaitForExitAsync();
        var killedAfter = load.Elapsed;
        var answered = acknowledged.ToHashSet(StringComparer.Ordinal);
        stop.Cancel();
        await Task.WhenAll(workers);
        Assert.True(answered.Count >= AcknowledgedBeforeKill / 2, $"Only {answered.Count} signatures were answered before the kill.");
        Assert.Equal(0, Volatile.Read(ref refused));

        using var second = await StartAppAsync(port, client);
        var (rows, counter) = await StoredAsync();

        var missing = answered.Where(e => !rows.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} answered signatures are missing after the restart, for example {string.Join(", ", missing.Take(5))}.");
        Assert.Equal(rows.Count, counter);
        // The restarted site shows the same exact count.
        var page = await client.GetStringAsync($"/api/v1/petitions/{await PetitionIdAsync()}");
        Assert.Contains($"\"total_signatures\":{counter}", page, StringComparison.Ordinal);

        output.WriteLine(
            $"{Provider}: {Workers} concurrent clients; SIGKILL after {killedAfter.TotalSeconds:F1} s with {answered.Count} signatures answered; " +
            $"after the restart {rows.Count} rows (the demo's 5 and {rows.Count - 5 - answered.Count} stored whose answer the kill cut off), " +
            $"counter {counter}, answered but missing {missing.Count}; {Volatile.Read(ref failed)} requests failed as the process died.");
        second.Kill();
        await second.WaitForExitAsync();
    }

    private async Task<(HashSet<string> Emails, int Counter)> StoredAsync()
    {
        await using var connection = OpenDatabase();
        var petitionId = await PetitionIdAsync();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""SELECT "Email" FROM "PetitionSignatures" WHERE "PetitionId" = {petitionId}""";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                emails.Add(reader.GetString(0));
            }
        }

        await using (var command = connection.CreateCommand())
        {
            command.CommandText = $"""SELECT "Signatures" FROM "PetitionCounters" WHERE "PetitionId" = {petitionId}""";
            return (emails, Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private async Task<int> PetitionIdAsync()
    {
        await using var connection = OpenDatabase();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Id" FROM "Petitions" WHERE "Slug" = '{PetitionDemo.Slug}'""";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Starts <c>dotnet Fairwatch.dll</c> in Production on this test's database and waits until it answers.</summary>
    private async Task<Process> StartAppAsync(int port, HttpClient client)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = DataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Fairwatch.dll"));
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port}");
        start.ArgumentList.Add($"--contentRoot={AppContext.BaseDirectory}");
        var settings = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = Provider,
            ["Database__ConnectionString"] = ConnectionString,
            ["Database__DataDirectory"] = DataDirectory,
            ["Demo__Seed"] = "true",
            ["Site__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            ["Petitions__FormPostsPerTenMinutes"] = "100000000",
            ["Petitions__MinimumSecondsToSubmit"] = "1",
            ["Email__Outbox__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var log = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => log.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (process.HasExited)
            {
                break;
            }

            try
            {
                using var health = await client.GetAsync("/health");
                if (health.StatusCode == HttpStatusCode.OK)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        if (!process.HasExited)
        {
            process.Kill();
        }

        throw new InvalidOperationException($"Fairwatch did not start on {Provider}:\n{string.Join('\n', log)}");
    }

    private static async Task<Form> FormAsync(HttpClient client)
    {
        using var response = await client.GetAsync($"/petitions/{PetitionDemo.Slug}");
        response.EnsureSuccessStatusCode();
        var page = await HtmlForms.ParseAsync(response);
        string Field(string name) => page.QuerySelector($"main form input[name='{name}']")!.GetAttribute("value")!;
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(".Fairwatch.Antiforgery=", StringComparison.Ordinal));
        return new Form(Field("__RequestVerificationToken"), Field("Signature.Stamp"), cookie);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The real form's hidden values, sent again with each new signer, as a browser tab would.</summary>
    private sealed record Form(string Token, string Stamp, string Cookie)
    {
        public HttpContent Content(string email)
        {
            var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token,
                ["Signature.FirstName"] = "Crash",
                ["Signature.LastName"] = "Test",
                ["Signature.Email"] = email,
                ["Signature.Zip"] = "94110",
                ["Signature.ShowName"] = "false",
                ["Signature.WantsUpdates"] = "false",
                ["Signature.Stamp"] = Stamp,
            });
            content.Headers.Add("Cookie", Cookie);
            return content;
        }
    }
}

public sealed class SignatureCrashOnSqlite(ITestOutputHelper output) : SignatureCrashTests(output)
{
    protected override string Provider => "sqlite";

    protected override DbConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(DataDirectory, "fairwatch.db")};Pooling=False");
        connection.Open();
        return connection;
    }
}

public sealed class SignatureCrashOnPostgres(ITestOutputHelper output) : SignatureCrashTests(output)
{
    protected override string Provider => "postgres";

    public override async Task InitializeAsync() => ConnectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("crash");

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (ConnectionString is not null)
        {
            await (await PostgresServer.GetAsync()).DropDatabaseAsync(ConnectionString);
        }
    }

    protected override DbConnection OpenDatabase()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }
}
