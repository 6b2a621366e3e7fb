using Fairwatch.Accounts;
using Fairwatch.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Fairwatch.IntegrationTests.Infrastructure;

/// <summary>
/// The whole app over HTTP on a fresh database of one provider, with a real SMTP server.
/// Subclasses pick the provider; test classes take one per provider so every test runs on both.
/// </summary>
public abstract class FairwatchFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string NeutralSite = "https://weather.example/";
    public const string StaffPassword = "correct horse battery staple";
    public const string ContactEmail = "contact@fairwatch.test";

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);

    public abstract DatabaseProvider Provider { get; }

    public SmtpTestServer Smtp { get; private set; } = null!;

    protected string DataDirectory { get; private set; } = Path.Combine(Path.GetTempPath(), "fairwatch-it", Guid.NewGuid().ToString("N"));

    protected string? ConnectionString { get; set; }

    /// <summary>Extra configuration for one fixture (set before the first request).</summary>
    protected internal void Set(string key, string? value) => _settings[key] = value;

    /// <summary>
    /// Stops this app (as a graceful shutdown does) and starts a new one on the same database and
    /// SMTP server; the caller disposes the new one, this fixture still cleans up the rest.
    /// </summary>
    public async Task<FairwatchFactory> RestartAsync()
    {
        await DisposeAsync();
        var next = (FairwatchFactory)Activator.CreateInstance(GetType())!;
        next.Smtp = Smtp;
        next.DataDirectory = DataDirectory;
        next.ConnectionString = ConnectionString;
        foreach (var (key, value) in _settings)
        {
            next._settings[key] = value;
        }

        return next;
    }

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        Smtp = await SmtpTestServer.StartAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
        await DropDatabaseAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Leftover temp files do no harm.
        }
    }

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Database:Provider"] = Provider.ToString(),
            ["Database:ConnectionString"] = ConnectionString,
            ["Database:DataDirectory"] = DataDirectory,
            ["Email:FromAddress"] = "fairwatch@fairwatch.test",
            ["Site:PublicBaseUrl"] = "http://localhost",
            ["Email:Smtp:Host"] = Smtp.Host,
            ["Email:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Email:Smtp:EnableSsl"] = "false",
            ["Email:Smtp:TimeoutSeconds"] = "5",
            ["Email:Outbox:PollSeconds"] = "0.2",
            ["Email:Outbox:RetryBaseSeconds"] = "0.5",
            ["Email:Outbox:RetryMaxSeconds"] = "2",
            ["QuickExit:Url"] = NeutralSite,
            ["RateLimits:AccountFormPostsPerFiveMinutes"] = "100000",
            ["Comments:FormPostsPerTenMinutes"] = "100000",
            ["Contact:FormPostsPerTenMinutes"] = "100000",
            ["Organisation:ContactEmail"] = ContactEmail,
            ["Actions:FormPostsPerTenMinutes"] = "100000",
            ["Actions:DeliveryPollSeconds"] = "0.2",
            ["Cwc:ContactPhone"] = "202-555-0100",
            ["Events:FormPostsPerTenMinutes"] = "100000",
            ["Petitions:FormPostsPerTenMinutes"] = "100000",
            ["Petitions:MailerPollSeconds"] = "0.5",
            ["Signups:FormPostsPerTenMinutes"] = "100000",
            ["Reports:FormPostsPerTenMinutes"] = "100000",
            ["Volunteers:FormPostsPerTenMinutes"] = "100000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in _settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests check them).</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("http://localhost") });

    /// <summary>
    /// The authenticator keys of staff made by <see cref="CreateStaffAsync"/> in roles that always use
    /// two-factor sign-in, by e-mail address, so that sign-ins in tests can type the code an app would show.
    /// </summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> AuthenticatorKeys = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A staff member; one in a role that reads sensitive records has an authenticator set up already (see <see cref="AuthenticatorKeys"/>).</summary>
    public async Task<StaffUser> CreateStaffAsync(string email, params string[] roles)
    {
        var user = await CreateUnenrolledStaffAsync(email, roles);
        if (roles.Any(StaffRoles.ReadSensitiveRecords.Contains))
        {
            await using var scope = Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            StaffRoleSetup.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(stored), "set up an authenticator");
            AuthenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(stored))!;
            StaffRoleSetup.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(stored, true), "turn on two-factor sign-in");
        }

        return user;
    }

    /// <summary>A staff member who has not set up two-factor sign-in, whatever their roles.</summary>
    public async Task<StaffUser> CreateUnenrolledStaffAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        await StaffRoleSetup.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0], CreatedAt = DateTime.UtcNow };
        StaffRoleSetup.ThrowIfFailed(await users.CreateAsync(user, StaffPassword), "create test user");
        StaffRoleSetup.ThrowIfFailed(await users.AddToRolesAsync(user, roles), "add test roles");
        return user;
    }

    /// <summary>
    /// A browser-like client signed in as a new staff member in the role. Lifts this app's
    /// two-factor requirement so the role can work at once; two-factor itself has its own tests.
    /// </summary>
    public async Task<HttpClient> SignedInStaffAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await CreateStaffAsync(email, role);
        await RequireTwoFactorForAsync();
        var client = CreateBrowserClient();
        Assert.Equal("/staff", (await SignInAsync(client, email, StaffPassword)).Location());
        return client;
    }

    /// <summary>Signs in with the password and, for staff with a key in <see cref="AuthenticatorKeys"/>, the code their app would show.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var signedIn = await client.SubmitAsync("/account/sign-in", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        var next = signedIn.Headers.Location?.OriginalString;
        return next is not null && next.StartsWith("/account/sign-in/two-factor", StringComparison.Ordinal) && AuthenticatorKeys.TryGetValue(email, out var key)
            ? await client.SubmitAsync(next, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) })
            : signedIn;
    }

    public async Task RequireTwoFactorForAsync(params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TwoFactorPolicy>().SetRequiredRolesAsync(roles);
    }

    /// <summary>Imports ICE's facilities from the copy in data/ (idempotent: a second import changes nothing).</summary>
    public async Task ImportBundledFacilitiesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Fairwatch.Detention.FacilityImport>()
            .ImportAsync(await File.ReadAllBytesAsync(Fairwatch.Detention.FacilityImport.BundledPath), Fairwatch.Detention.FacilityImport.BundledSource, Fairwatch.Detention.FacilityImport.BundledPeriod);
    }

    public async Task<T> WithDbAsync<T>(Func<FairwatchDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<FairwatchDb>());
    }
}

public class SqliteApp : FairwatchFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public class PostgresApp : FairwatchFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ConnectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("fairwatch");
    }

    protected override async Task DropDatabaseAsync()
    {
        if (ConnectionString is not null)
        {
            await (await PostgresServer.GetAsync()).DropDatabaseAsync(ConnectionString);
        }
    }
}
