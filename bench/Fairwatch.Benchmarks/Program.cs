using BenchmarkDotNet.Running;

namespace Fairwatch.Benchmarks;

public static class BenchmarkProgram
{
    /// <summary>
    /// Runs in-process: BenchmarkDotNet 0.14's usual out-of-process toolchain generates and
    /// restores a project of its own, which the package registry here cannot satisfy
    /// (Microsoft.AspNetCore.Cryptography.KeyDerivation is not served).
    /// </summary>
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly)
            .Run(args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"]);
}
