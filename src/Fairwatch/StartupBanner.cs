using Fairwatch.Data;
using Fairwatch.Lawmakers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Fairwatch;

/// <summary>Tells a new user where the site is and how to sign in, once the server listens.</summary>
public static class StartupBanner
{
    public static void PrintWhenStarted(WebApplication app) => app.Lifetime.ApplicationStarted.Register(() =>
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        Console.WriteLine();
        Console.WriteLine("Fairwatch is running.");
        foreach (var address in addresses)
        {
            Console.WriteLine($"  Open {address}");
        }

        Console.WriteLine($"  Database: {database.Provider.ToString().ToLowerInvariant()}" +
            (database.Provider == DatabaseProvider.Sqlite ? $" in {database.ResolveDataDirectory(app.Environment.ContentRootPath)}" : ""));
        if (string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<Web.SiteOptions>>().Value.PublicBaseUrl)
            && !app.Environment.IsDevelopment())
        {
            Console.WriteLine("  Warning: Site:PublicBaseUrl is not set, so e-mails with links (invitations, password resets) cannot be sent.");
        }

        var congress = app.Services.GetRequiredService<LawmakerDirectory>();
        Console.WriteLine($"  Congress data: {congress.Members.Length} members, dated {congress.AsOf:yyyy-MM-dd}, in {congress.Folder} (replace it with: congress import --from <folder>)");
        if (demo.Seed)
        {
            Console.WriteLine($"  Staff sign-in at {addresses.FirstOrDefault()}/account/sign-in, password for every demo account: {demo.Password}");
            foreach (var (email, _, role) in DemoSeed.Accounts)
            {
                Console.WriteLine($"    {email,-32} {role}");
            }

            Console.WriteLine($"  {string.Join(", ", Accounts.StaffRoles.ReadSensitiveRecords)} can read cases, so they set up two-factor sign-in (any authenticator app) when they first sign in.");
        }

        Console.WriteLine();
    });
}
