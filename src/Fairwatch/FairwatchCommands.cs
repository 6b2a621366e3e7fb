using Fairwatch.Accounts;
using Fairwatch.Data;
using Fairwatch.Lawmakers;
using Microsoft.Extensions.Options;

namespace Fairwatch;

/// <summary>
/// Commands run instead of the web server:
/// <c>migrate</c> applies the schema; <c>admin create --email E [--name N]</c> creates an administrator;
/// <c>congress import --from FOLDER [--as-of YYYY-MM-DD]</c> replaces the Congress data files;
/// <c>facilities import [--from FILE] [--source TEXT] [--period TEXT]</c> imports ICE's facility statistics;
/// <c>protection create-key | rotate-key | rewrap | retire-keys</c> manage the key-encryption keys (docs/decisions/0015).
/// </summary>
public static class FairwatchCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "migrate" or "admin" or "congress" or "facilities" or "protection";

    public static async Task<int> RunAsync(WebApplication app, string[] args, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        if (args[0] == "congress")
        {
            // Files only: the database is not needed, and the current data may be the broken thing being replaced.
            var from = Option(args, "--from");
            if (args is not ["congress", "import", ..] || from is null)
            {
                errors.WriteLine(CongressImport.Usage);
                return 2;
            }

            var target = app.Services.GetRequiredService<IOptions<CongressOptions>>().Value.ResolveDataDirectory();
            return CongressImport.Run(from, target, Option(args, "--as-of"), output, errors);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            var applied = await services.GetRequiredService<MigrationRunner>().MigrateAsync();
            output.WriteLine(applied.Count == 0
                ? "The database schema is up to date."
                : $"Applied migrations: {string.Join(", ", applied)}.");
            if (args[0] == "migrate")
            {
                return 0;
            }

            if (args is ["admin", "create", ..])
            {
                var email = Option(args, "--email");
                if (email is null)
                {
                    errors.WriteLine("Usage: admin create --email you@example.org [--name \"Your Name\"]");
                    return 2;
                }

                var created = await services.GetRequiredService<StaffDirectory>()
                    .CreateAdministratorAsync(email, Option(args, "--name") ?? email);
                if (!created.Succeeded)
                {
                    errors.WriteLine(created.Error);
                    return 1;
                }

                output.WriteLine($"Created administrator {email}.");
                output.WriteLine($"One-time password (shown once; change it at /staff/account/password after signing in): {created.Password}");
                output.WriteLine("Administrators must enrol two-factor sign-in before they can use the staff area.");
                return 0;
            }

            if (args is ["facilities", "import", ..])
            {
                return await ImportFacilitiesAsync(services.GetRequiredService<Detention.FacilityImport>(), args, output, errors);
            }

            if (args is ["protection", ..])
            {
                return await ProtectAsync(services, args, output, errors);
            }

            errors.WriteLine("Commands: migrate | admin create --email you@example.org [--name \"Your Name\"] | congress import --from <folder> | facilities import [--from <file.csv>] | protection create-key|rotate-key|rewrap|retire-keys");
            return 2;
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            errors.WriteLine($"Failed: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> ImportFacilitiesAsync(Detention.FacilityImport import, string[] args, TextWriter output, TextWriter errors)
    {
        var from = Option(args, "--from");
        var path = from ?? Detention.FacilityImport.BundledPath;
        if (!File.Exists(path))
        {
            errors.WriteLine($"There is no file {path}.");
            return 1;
        }

        // The bundled file's provenance is known; another file's must be given, or it is named by its file name.
        var source = Option(args, "--source") ?? (from is null ? Detention.FacilityImport.BundledSource : Path.GetFileName(path));
        var period = Option(args, "--period") ?? (from is null ? Detention.FacilityImport.BundledPeriod : "");
        var report = await import.ImportAsync(await File.ReadAllBytesAsync(path), source, period);
        output.WriteLine($"Facilities from {path}: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged.");
        if (report.Unplaced is { Count: > 0 } unplaced)
        {
            output.WriteLine($"Not on the map (no known centre for their ZIP code; staff can set their place): {string.Join("; ", unplaced)}");
        }
        foreach (var problem in report.Problems)
        {
            errors.WriteLine($"Line {problem.Line}: {problem.Message}");
        }

        return report.Problems.Count == 0 ? 0 : 1;
    }

    /// <summary>
    /// The key-encryption keys. Rotation adds a new key and rewraps every data key with it while
    /// the site runs (running instances re-read the key file); old keys are retired only once
    /// nothing needs them.
    /// </summary>
    private static async Task<int> ProtectAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        var ring = services.GetRequiredService<Protection.KeyRing>();
        var rotation = services.GetRequiredService<Protection.KeyRotation>();
        switch (args)
        {
            case ["protection", "create-key"]:
                output.WriteLine(ring.CreateFile()
                    ? $"Created the key file {ring.KeyFilePath}. Keep a copy somewhere safe and apart from the database backups: without it, sealed data cannot be read."
                    : ring.FromEnvironment ? "The keys come from Protection:Keys; no key file is used." : $"The key file {ring.KeyFilePath} exists already; nothing changed.");
                return 0;
            case ["protection", "rotate-key"]:
                var key = ring.AddPrimaryToFile();
                output.WriteLine($"Added key {key.Id} to {ring.KeyFilePath}; it now wraps new data keys.");
                output.WriteLine($"Rewrapped {await rotation.RewrapAsync()} data keys with it. Back up the key file, then run 'protection retire-keys' to drop the old keys.");
                return 0;
            case ["protection", "rewrap"]:
                output.WriteLine($"Rewrapped {await rotation.RewrapAsync()} data keys with key {ring.Primary.Id}.");
                return 0;
            case ["protection", "retire-keys"]:
                var inUse = await rotation.KeysInUseAsync();
                if (ring.FromEnvironment)
                {
                    var unused = ring.Keys().Skip(1).Where(k => !inUse.Contains(k.Id)).Select(k => k.Id).ToList();
                    output.WriteLine(unused.Count == 0 ? "Every key in Protection:Keys is still needed." : $"No data key needs these keys any more; remove them from Protection:Keys: {string.Join(", ", unused)}.");
                    return 0;
                }

                var retired = ring.RetireFromFile(inUse);
                output.WriteLine(retired.Count == 0 ? "Every key in the key file is still needed." : $"Retired keys {string.Join(", ", retired)} from {ring.KeyFilePath}.");
                return 0;
            default:
                errors.WriteLine("Usage: protection create-key | rotate-key | rewrap | retire-keys");
                return 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
