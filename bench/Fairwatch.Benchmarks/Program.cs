using BenchmarkDotNet.Running;

namespace Fairwatch.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>
    /// <c>serve [url] [--Key=value ...]</c> runs the benchmark site until Ctrl+C or SIGTERM, for wrk;
    /// the settings go to the app (for example <c>--Database:Provider=postgres</c>). Anything else goes
    /// to BenchmarkDotNet, in-process: its usual out-of-process toolchain generates and restores a
    /// project of its own, which the package registry here cannot satisfy
    /// (Microsoft.AspNetCore.Cryptography.KeyDerivation is not served).
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "serve")
        {
            var url = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : "http://127.0.0.1:5099";
            await ServeAsync(url, [.. args.Skip(1).Where(a => a.StartsWith("--", StringComparison.Ordinal))]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly)
            .Run(args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"]);
    }

    private static async Task ServeAsync(string url, string[] settings)
    {
        await using var site = await BenchSite.StartAsync(url, settings);
        Console.WriteLine($"Serving {site.Address} on {site.Provider} with /campaigns/{LargeCampaign.Slug} ({LargeCampaign.Films} films, " +
                          $"{LargeCampaign.Updates} updates, {LargeCampaign.Comments} comments), the demo content and the petition " +
                          $"/petitions/{Petitions.PetitionDemo.Slug}. Ctrl+C or SIGTERM stops.");
        await site.WaitForShutdownAsync();
    }
}
