using System.Text;
using System.Text.RegularExpressions;
using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;

namespace Fairwatch.IntegrationTests.Accounts;

/// <summary>
/// Walks every staff route as every role and compares who gets in with the written table in
/// docs/access.md. A new staff page fails this test until the table says who may open it.
/// </summary>
public abstract partial class AccessTableTests(FairwatchFactory app)
{
    private const string Allowed = "allow";
    private const string Denied = "—";

    [Fact]
    public async Task Every_staff_route_opens_to_exactly_the_roles_the_access_table_names()
    {
        var written = ReadTable();
        var routes = StaffRoutes();
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in StaffRoles.All)
        {
            clients[role] = await app.SignedInStaffAsync(role);
        }

        var actual = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var route in routes)
        {
            var url = Regex.Replace(route, "{[^}]+}", "999999");
            var row = new string[StaffRoles.All.Count];
            for (var i = 0; i < StaffRoles.All.Count; i++)
            {
                var response = await clients[StaffRoles.All[i]].GetAsync(url);
                var location = response.Headers.Location?.OriginalString ?? "";
                Assert.False(location.Contains("/account/sign-in", StringComparison.Ordinal), $"{StaffRoles.All[i]} was signed out at {url}");
                row[i] = location.Contains("/account/access-denied", StringComparison.Ordinal) ? Denied : Allowed;
            }

            actual[route] = row;
        }

        var differences = routes.Where(r => !written.TryGetValue(r, out var row) || !row.SequenceEqual(actual[r]))
            .Concat(written.Keys.Where(r => !actual.ContainsKey(r)))
            .ToList();
        Assert.True(differences.Count == 0,
            $"docs/access.md differs from the app for: {string.Join(", ", differences)}\nThe app does this:\n{Table(routes, actual)}");
    }

    private List<string> StaffRoutes() =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is { AreaName: "Staff" })
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').ToLowerInvariant())
            .Where(r => r.StartsWith("/staff", StringComparison.Ordinal) && !r.EndsWith("/index", StringComparison.Ordinal))
            .Distinct()
            .Order(StringComparer.Ordinal)];

    private static Dictionary<string, string[]> ReadTable()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "access.md");
        var rows = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Where(l => l.StartsWith("| `/staff", StringComparison.Ordinal)))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            rows[cells[0].Trim('`')] = cells[1..];
        }

        Assert.True(rows.Count > 20, "The access table has too few rows; is docs/access.md copied to the test output?");
        return rows;
    }

    private static string Table(List<string> routes, Dictionary<string, string[]> actual)
    {
        var text = new StringBuilder();
        text.AppendLine("| Route | " + string.Join(" | ", StaffRoles.All) + " |");
        text.AppendLine("|---|" + string.Concat(StaffRoles.All.Select(_ => ":-:|")));
        foreach (var route in routes)
        {
            text.AppendLine($"| `{route}` | " + string.Join(" | ", actual[route]) + " |");
        }

        return text.ToString();
    }
}

public sealed class AccessTableOnSqlite(SqliteApp app) : AccessTableTests(app), IClassFixture<SqliteApp>;
public sealed class AccessTableOnPostgres(PostgresApp app) : AccessTableTests(app), IClassFixture<PostgresApp>;
