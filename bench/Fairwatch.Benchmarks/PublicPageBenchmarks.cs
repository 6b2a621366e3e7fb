using BenchmarkDotNet.Attributes;

namespace Fairwatch.Benchmarks;

/// <summary>
/// Public pages requested over loopback HTTP from the running app. "Uncached" requests add a query
/// string never seen before: the output cache keys on the whole URL, so each one renders the page
/// from the database, which is what a visitor meets right after staff publish.
/// </summary>
[MemoryDiagnoser]
public class PublicPageBenchmarks
{
    private BenchSite _site = null!;
    private HttpClient _client = null!;
    private long _unique;

    [GlobalSetup]
    public void Start()
    {
        _site = BenchSite.StartAsync().GetAwaiter().GetResult();
        _client = new HttpClient { BaseAddress = new Uri(_site.Address) };
    }

    [GlobalCleanup]
    public void Stop()
    {
        _client.Dispose();
        _site.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<int> StaticFile() => GetAsync("/css/site.css");

    [Benchmark]
    public Task<int> LargeCampaignCached() => GetAsync($"/campaigns/{LargeCampaign.Slug}");

    [Benchmark]
    public Task<int> LargeCampaignUncached() => GetAsync($"/campaigns/{LargeCampaign.Slug}?n={Interlocked.Increment(ref _unique)}");

    [Benchmark]
    public Task<int> BusiestFilmUncached() => GetAsync($"/films/{LargeCampaign.BusiestFilmSlug}?n={Interlocked.Increment(ref _unique)}");

    [Benchmark]
    public Task<int> DemoCampaignUncached() => GetAsync($"/campaigns/due-process?n={Interlocked.Increment(ref _unique)}");

    private async Task<int> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
