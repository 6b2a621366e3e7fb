using System.Net;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Lawmakers;

/// <summary>Congress:DataDirectory is honoured, and bad data stops the app at start rather than at a lookup.</summary>
public sealed class CongressDataFolderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fairwatch-it-congress", Guid.NewGuid().ToString("N"));

    public CongressDataFolderTests()
    {
        Directory.CreateDirectory(_folder);
        Write("as-of.txt", "2027-01-03");
        Write("legislators-current.csv",
            "type,state,district,full_name,first_name,last_name,suffix,party,phone,contact_form,url,bioguide_id",
            "sen,VT,,Test Senator,,,,Independent,202-224-0000,https://senator.example/contact,,T000001",
            "rep,VT,0,Test Representative,,,,Democrat,202-225-0000,,https://rep.example,T000002");
        Write("legislators-district-offices.csv", "bioguide,address,building,suite,city,state,zip,phone", "T000002,1 Main St.,,,Burlington,VT,05401,802-000-0000");
        Write("zcta-to-district-cd120.csv", "state_fips,state_abbr,zcta,cd", "50,VT,05401,0");
    }

    [Fact]
    public async Task The_app_serves_the_data_of_the_configured_folder_with_its_date()
    {
        await using var app = new CongressFolderApp(_folder);
        await app.InitializeAsync();
        var client = app.CreateBrowserClient();

        var json = await client.GetStringAsync("/api/v1/lawmakers?zip=05401");
        Assert.Contains("\"bioguide_id\":\"T000001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"bioguide_id\":\"T000002\"", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/lawmakers?zip=94110")).StatusCode);
        var page = await client.GetDocumentAsync("/lawmakers?zip=05401");
        Assert.Contains("January 3, 2027", page.QuerySelector(".lawmaker-results__source")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("A Senate seat for Vermont is vacant just now.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await ((Xunit.IAsyncLifetime)app).DisposeAsync();
    }

    [Fact]
    public async Task Broken_data_stops_the_app_at_start_with_the_problem()
    {
        Write("zcta-to-district-cd120.csv", "state_fips,state_abbr,zcta,cd", "50,VT,5401,0");
        await using var app = new CongressFolderApp(_folder);
        await app.InitializeAsync();

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains("zcta-to-district-cd120.csv, line 2: zcta must be 5 digits, not \"5401\".", error.Message, StringComparison.Ordinal);
        await ((Xunit.IAsyncLifetime)app).DisposeAsync();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string file, params string[] lines) => File.WriteAllLines(Path.Combine(_folder, file), lines);

    private sealed class CongressFolderApp : SqliteApp
    {
        public CongressFolderApp(string folder) => Set("Congress:DataDirectory", folder);
    }
}
