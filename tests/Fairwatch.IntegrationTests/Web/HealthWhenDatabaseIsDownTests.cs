using System.Net;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Web;

public sealed class UnreachableSqliteApp : SqliteApp
{
    /// <summary>The failures are the point of these fixtures; their stack traces would only bury real ones in the CI log.</summary>
    internal static void QuietDatabaseErrors(FairwatchFactory app)
    {
        app.Set("Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks", "None");
        app.Set("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        app.Set("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "None");
    }

    public UnreachableSqliteApp()
    {
        Set("Database:MigrateOnStartup", "false");
        Set("Database:ConnectionString", "Data Source=/nonexistent/folder/fairwatch.db;Mode=ReadWrite");
        QuietDatabaseErrors(this);
    }
}

public sealed class UnreachablePostgresApp : PostgresApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Set("Database:MigrateOnStartup", "false");
        // A port nobody listens on: the server is "down".
        Set("Database:ConnectionString", "Host=127.0.0.1;Port=1;Username=postgres;Timeout=2");
        UnreachableSqliteApp.QuietDatabaseErrors(this);
    }
}

public abstract class HealthWhenDatabaseIsDownTests(FairwatchFactory app)
{
    [Fact]
    public async Task Health_answers_503_when_the_database_does_not_answer()
    {
        var response = await app.CreateBrowserClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}

public sealed class HealthWhenSqliteIsDown(UnreachableSqliteApp app) : HealthWhenDatabaseIsDownTests(app), IClassFixture<UnreachableSqliteApp>;

public sealed class HealthWhenPostgresIsDown(UnreachablePostgresApp app) : HealthWhenDatabaseIsDownTests(app), IClassFixture<UnreachablePostgresApp>;
