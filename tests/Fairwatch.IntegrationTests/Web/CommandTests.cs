using Fairwatch.Accounts;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Accounts.SignInTests;

namespace Fairwatch.IntegrationTests.Web;

/// <summary>The production set-up path: no demo content, the first administrator made by a command.</summary>
public abstract class CommandTests(FairwatchFactory app)
{
    [Fact]
    public async Task Admin_create_makes_an_administrator_whose_printed_password_signs_in_and_must_enrol()
    {
        var email = Unique("first-admin");
        var output = new StringWriter();
        var errors = new StringWriter();
        await using var command = FairwatchApp.Build(CommandArgs(["admin", "create", "--email", email, "--name", "First Admin"]));

        var exit = await FairwatchCommands.RunAsync(command, ["admin", "create", "--email", email, "--name", "First Admin"], output, errors);

        Assert.True(exit == 0, errors.ToString());
        var password = output.ToString().Split('\n').Single(l => l.StartsWith("One-time password", StringComparison.Ordinal)).Split(": ")[1].Trim();
        await app.RequireTwoFactorForAsync(StaffRoles.Administrator);
        var client = app.CreateBrowserClient();
        Assert.Equal("/staff", (await SignInAsync(client, email, password)).Location());
        Assert.Equal("/staff/account/two-factor?required=1", (await client.GetAsync("/staff/admin/users")).Location());

        var again = await FairwatchCommands.RunAsync(command, ["admin", "create", "--email", email], output, errors);
        Assert.Equal(1, again);
        Assert.Contains("exists already", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_reports_an_up_to_date_schema()
    {
        var output = new StringWriter();
        await using var command = FairwatchApp.Build(CommandArgs(["migrate"]));

        Assert.Equal(0, await FairwatchCommands.RunAsync(command, ["migrate"], output, TextWriter.Null));
        Assert.Contains("up to date", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_seeding_is_off_unless_development_turns_it_on()
    {
        using var production = FairwatchApp.Build(["--environment=Production"]);
        using var development = FairwatchApp.Build(["--environment=Development"]);
        Assert.False(production.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Fairwatch.Data.DemoOptions>>().Value.Seed);
        Assert.True(development.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Fairwatch.Data.DemoOptions>>().Value.Seed);
    }

    private string[] CommandArgs(string[] command)
    {
        var connection = app.WithDbAsync(db => Task.FromResult(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)!)).GetAwaiter().GetResult();
        return [.. command, "--environment=Testing", $"--Database:Provider={app.Provider}", $"--Database:ConnectionString={connection}", "--Logging:LogLevel:Default=Warning"];
    }
}

public sealed class CommandsOnSqlite(SqliteApp app) : CommandTests(app), IClassFixture<SqliteApp>;

public sealed class CommandsOnPostgres(PostgresApp app) : CommandTests(app), IClassFixture<PostgresApp>;
