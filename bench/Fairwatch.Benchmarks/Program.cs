using BenchmarkDotNet.Running;

namespace Fairwatch.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>
    /// <c>serve [url]</c> runs the benchmark site until Ctrl+C or SIGTERM, for wrk. Anything else goes
    /// to BenchmarkDotNet, in-process: its usual out-of-process toolchain generates and restores a
    /// project of its own, which the package registry here cannot satisfy
    /// (Microsoft.AspNetCore.Cryptography.KeyDerivation is not served).
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "serve")
        {
            await ServeAsync(args.Length > 1 ? args[1] : "http://127.0.0.1:5099");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly)
            .Run(args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"]);
    }

    private static async Task ServeAsync(string url)
    {
        await using var site = await BenchSite.StartAsync(url);
        Console.WriteLine($"Serving {site.Address} with /campaigns/{LargeCampaign.Slug} ({LargeCampaign.Films} films, " +
                          $"{LargeCampaign.Updates} updates, {LargeCampaign.Comments} comments) and the demo content. Ctrl+C or SIGTERM stops.");
        await site.WaitForShutdownAsync();
    }
}
