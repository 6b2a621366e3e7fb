using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Fairwatch.IntegrationTests.Infrastructure;

/// <summary>
/// One throw-away PostgreSQL server per test process; each test gets its own database so
/// test classes can run in parallel. Set <c>FAIRWATCH_TEST_POSTGRES</c> to an admin connection
/// string to use an existing server instead of starting one.
/// </summary>
public sealed partial class PostgresServer
{
    public const string EnvironmentVariable = "FAIRWATCH_TEST_POSTGRES";

    private const string InstallHint =
        "Install the PostgreSQL server (Debian/Ubuntu: apt-get install postgresql) or set " + EnvironmentVariable +
        " to an admin connection string, e.g. \"Host=localhost;Username=postgres;Password=secret\".";

    // Task.Run keeps start-up off xunit's synchronisation context. A failed start stays failed,
    // so every test reports the same cause at once instead of retrying a slow start.
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => Task.Run(ConnectOrStartAsync));

    private readonly string adminConnectionString;

    // Only held so its stdin pipe stays open for as long as this process lives.
    private readonly Process? cleanup;

    private PostgresServer(string adminConnectionString, Process? cleanup = null)
    {
        this.adminConnectionString = adminConnectionString;
        this.cleanup = cleanup;
    }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    public async Task<string> CreateDatabaseAsync(string namePrefix)
    {
        var prefix = InvalidNameCharacters().Replace(namePrefix.ToLowerInvariant(), "_");
        // PostgreSQL truncates identifiers at 63 bytes, which could make two names collide.
        var name = $"{(prefix.Length == 0 ? "db" : prefix[..Math.Min(prefix.Length, 30)])}_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, IncludeErrorDetail = true }.ConnectionString;
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        try
        {
            var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
            using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name?.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)");
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            // Best effort: a leftover database in a throw-away server harms nobody.
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> ConnectOrStartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return await StartLocalAsync();
        }

        var server = new PostgresServer(configured);
        try
        {
            await server.ExecuteAsync("SELECT 1");
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            throw new InvalidOperationException($"{EnvironmentVariable} is set, but that PostgreSQL server cannot be used: {e.Message}", e);
        }
        return server;
    }

    private static async Task<PostgresServer> StartLocalAsync()
    {
        var bin = FindBinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL's initdb and pg_ctl were not found under /usr/lib/postgresql/*/bin or on PATH. " + InstallHint);

        // initdb and pg_ctl refuse to run as root, so root runs them as the postgres OS user,
        // which cannot reach root's private TMPDIR.
        var asRoot = Environment.UserName == "root";
        // A CI PATH often lacks /usr/sbin.
        string[] runAs = asRoot ? [File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "runuser", "-u", "postgres", "--"] : [];
        var root = Path.Combine(asRoot ? "/tmp" : Path.GetTempPath(), "fwpg-" + Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal));
        var data = Path.Combine(root, "data");
        var log = Path.Combine(root, "server.log");
        string[] stop = [.. runAs, Path.Combine(bin, "pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"];
        Directory.CreateDirectory(root);

        var report = $"initdb/pg_ctl from {bin}{(asRoot ? ", run as OS user postgres" : "")}";
        var initdb = asRoot ? await RunAsync(["chown", "-R", "postgres", root], root) : (ExitCode: 0, Output: "");
        if (initdb.ExitCode == 0)
        {
            initdb = await RunAsync([.. runAs, Path.Combine(bin, "initdb"), "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C"], root);
        }
        report += $"\n--- initdb (exit {initdb.ExitCode}) ---\n{initdb.Output}";
        if (initdb.ExitCode == 0)
        {
            // The port is only probed, so another process may take it first; a new one usually works.
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                var port = FreePort();
                var options = $"-p {port} -k '{root}' -c listen_addresses=127.0.0.1 -c max_connections=300 " +
                              "-c fsync=off -c synchronous_commit=off -c full_page_writes=off";
                var start = await RunAsync([.. runAs, Path.Combine(bin, "pg_ctl"), "-D", data, "-l", log, "-o", options, "-w", "-t", "30", "start"], root);
                report += $"\n--- pg_ctl start on port {port} (exit {start.ExitCode}) ---\n{start.Output}";
                if (start.ExitCode == 0)
                {
                    return new PostgresServer($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres", StartCleanupOnExit(stop, root));
                }
            }
            report += $"\n--- server log ---\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "(none)")}";
            await RunAsync(stop, root);
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: it is a temp folder.
        }
        throw new InvalidOperationException($"Could not start a throw-away PostgreSQL server for the tests. {InstallHint}\n{report}");
    }

    /// <summary>
    /// Stops the server and deletes its folder once this process ends, however it ends. ProcessExit is not
    /// enough: vstest kills the test host about 100 ms after the run, before pg_ctl stop has finished, and a
    /// crashed or killed host raises no event at all. The kernel closes the pipe in every case.
    /// </summary>
    private static Process StartCleanupOnExit(string[] stopCommand, string root)
    {
        var startInfo = new ProcessStartInfo("sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = root,
        };
        foreach (var argument in new[] { "-c", "exec >/dev/null 2>&1; cat; \"$@\"; rm -rf \"$0\"", root }.Concat(stopCommand))
        {
            startInfo.ArgumentList.Add(argument);
        }
        return Process.Start(startInfo)!;
    }

    private static string? FindBinDirectory()
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .OrderByDescending(d => double.TryParse(Path.GetFileName(d), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
            : [];
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return debian.Concat(path).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string[] command, string workingDirectory)
    {
        // The working directory matters: the postgres user cannot enter root's current directory.
        var startInfo = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in command[1..])
        {
            startInfo.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(startInfo)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{string.Join(' ', command)} did not finish within 60 seconds.");
            }
            return (process.ExitCode, await stdout + await stderr);
        }
        catch (Win32Exception e)
        {
            return (-1, $"{startInfo.FileName}: {e.Message}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex InvalidNameCharacters();
}
