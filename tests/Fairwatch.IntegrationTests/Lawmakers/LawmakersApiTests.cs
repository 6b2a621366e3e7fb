using System.Net;
using System.Text.Json;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Lawmakers;

public abstract class LawmakersApiTests(FairwatchFactory app)
{
    private static readonly string[] LawmakerFields = ["bioguide_id", "name", "chamber", "state", "district", "party", "phone", "contact_form", "offices"];

    [Fact]
    public async Task A_zip_code_gives_its_districts_and_lawmakers_in_the_documented_shape()
    {
        var response = await app.CreateClient().GetAsync("/api/v1/lawmakers?zip=94110");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(["zip", "districts", "lawmakers"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("94110", root.GetProperty("zip").GetString());
        var district = Assert.Single(root.GetProperty("districts").EnumerateArray());
        Assert.Equal(["state", "district"], district.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("CA", 11), (district.GetProperty("state").GetString(), district.GetProperty("district").GetInt32()));

        var lawmakers = root.GetProperty("lawmakers").EnumerateArray().ToList();
        Assert.Equal(3, lawmakers.Count);
        Assert.All(lawmakers, l => Assert.Equal(LawmakerFields, l.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["senate", "senate", "house"], lawmakers.Select(l => l.GetProperty("chamber").GetString()));
        Assert.All(lawmakers.Take(2), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("district").ValueKind));
        var pelosi = lawmakers[2];
        Assert.Equal("P000197", pelosi.GetProperty("bioguide_id").GetString());
        Assert.Equal("Nancy Pelosi", pelosi.GetProperty("name").GetString());
        Assert.Equal(("CA", 11, "Democrat", "202-225-4965"),
            (pelosi.GetProperty("state").GetString(), pelosi.GetProperty("district").GetInt32(), pelosi.GetProperty("party").GetString(), pelosi.GetProperty("phone").GetString()));
        var office = pelosi.GetProperty("offices").EnumerateArray().First();
        Assert.Equal(("San Francisco", "CA", "94103"), (office.GetProperty("city").GetString(), office.GetProperty("state").GetString(), office.GetProperty("zip").GetString()));
        Assert.Equal(("Adam B. Schiff", JsonValueKind.Null), (lawmakers[0].GetProperty("name").GetString(), lawmakers[0].GetProperty("contact_form").ValueKind));
        Assert.Equal("https://www.padilla.senate.gov/contact/", lawmakers[1].GetProperty("contact_form").GetString());
    }

    [Fact]
    public async Task A_split_zip_code_returns_every_candidate_representative()
    {
        using var json = await GetJsonAsync("/api/v1/lawmakers?zip=60614-1234");

        Assert.Equal("60614", json.RootElement.GetProperty("zip").GetString());
        Assert.Equal([3, 5, 7], json.RootElement.GetProperty("districts").EnumerateArray().Select(d => d.GetProperty("district").GetInt32()));
        var house = json.RootElement.GetProperty("lawmakers").EnumerateArray().Where(l => l.GetProperty("chamber").GetString() == "house");
        Assert.Equal([3, 5, 7], house.Select(l => l.GetProperty("district").GetInt32()));
    }

    [Fact]
    public async Task Washington_DC_gives_its_delegate_only_and_a_vacant_district_gives_no_representative()
    {
        using var dc = await GetJsonAsync("/api/v1/lawmakers?zip=20001");
        var delegate_ = Assert.Single(dc.RootElement.GetProperty("lawmakers").EnumerateArray());
        Assert.Equal(("house", "DC", 0), (delegate_.GetProperty("chamber").GetString(), delegate_.GetProperty("state").GetString(), delegate_.GetProperty("district").GetInt32()));

        using var vacant = await GetJsonAsync("/api/v1/lawmakers?zip=94541");
        Assert.Equal(14, Assert.Single(vacant.RootElement.GetProperty("districts").EnumerateArray()).GetProperty("district").GetInt32());
        Assert.All(vacant.RootElement.GetProperty("lawmakers").EnumerateArray(), l => Assert.Equal("senate", l.GetProperty("chamber").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/lawmakers")]
    [InlineData("/api/v1/lawmakers?zip=")]
    [InlineData("/api/v1/lawmakers?zip=abc")]
    [InlineData("/api/v1/lawmakers?zip=1234")]
    [InlineData("/api/v1/lawmakers?zip=123456")]
    [InlineData("/api/v1/lawmakers?zip=94110&zip=20001")]
    [InlineData("/api/v1/lawmakers?zip=%00%00%00%00%00")]
    [InlineData("/api/v1/lawmakers?zip=%EF%BC%99%EF%BC%94%EF%BC%91%EF%BC%91%EF%BC%90")]
    [InlineData("/api/v1/lawmakers?zip=94110-")]
    [InlineData("/api/v1/lawmakers?zip=%3Cscript%3E")]
    public async Task Anything_but_a_zip_code_is_a_400_with_a_clear_message(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not a ZIP code", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains("5-digit ZIP code", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00000")]
    [InlineData("99999")]
    public async Task A_zip_code_without_a_district_is_a_404_that_says_so(string zip)
    {
        var response = await app.CreateClient().GetAsync($"/api/v1/lawmakers?zip={zip}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unknown ZIP code", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains($"ZIP code {zip} is in no congressional district", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_input_makes_it_fail_with_a_server_error()
    {
        var client = app.CreateClient();
        var inputs = new List<string> { new('9', 100_000), "%", "%zz", "+", "%20%20", "12345%0A6789", "١٢٣٤٥", "00601", "96940" };
        inputs.AddRange(Enumerable.Range(0, 200).Select(i => ((i * 7919) % 100_000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture)));

        foreach (var input in inputs)
        {
            var response = await client.GetAsync($"/api/v1/lawmakers?zip={input}");
            Assert.True((int)response.StatusCode is 200 or 400 or 404, $"zip={input[..Math.Min(input.Length, 20)]} answered {(int)response.StatusCode}");
        }
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}

public sealed class LawmakersApiOnSqlite(SqliteApp app) : LawmakersApiTests(app), IClassFixture<SqliteApp>;

public sealed class LawmakersApiOnPostgres(PostgresApp app) : LawmakersApiTests(app), IClassFixture<PostgresApp>;
