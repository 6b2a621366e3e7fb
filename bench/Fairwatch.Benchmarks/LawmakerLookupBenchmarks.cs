using BenchmarkDotNet.Attributes;
using Fairwatch.Lawmakers;

namespace Fairwatch.Benchmarks;

/// <summary>ZIP code lookups against the shipped Congress data, as the API and the page do them.</summary>
[MemoryDiagnoser]
public class LawmakerLookupBenchmarks
{
    private LawmakerDirectory _directory = null!;

    [GlobalSetup]
    public void Load() => _directory = LawmakerDirectory.Load(new CongressOptions().ResolveDataDirectory());

    /// <summary>San Francisco: one district, two senators and one representative.</summary>
    [Benchmark(Baseline = true)]
    public LawmakerLookup SingleDistrict() => _directory.Lookup("94110");

    /// <summary>Chicago: three districts, so three candidate representatives.</summary>
    [Benchmark]
    public LawmakerLookup SplitZip() => _directory.Lookup("60614");

    [Benchmark]
    public LawmakerLookup UnknownZip() => _directory.Lookup("99999");

    [Benchmark]
    public LawmakerLookup InvalidInput() => _directory.Lookup("9411O");
}

/// <summary>Reading and indexing the three files: what start-up and <c>congress import</c> pay once.</summary>
[MemoryDiagnoser]
public class CongressLoadBenchmarks
{
    private readonly string _folder = new CongressOptions().ResolveDataDirectory();

    [Benchmark]
    public LawmakerDirectory LoadShippedData() => LawmakerDirectory.Load(_folder);
}
