using System.Globalization;

namespace Fairwatch.Lawmakers;

/// <summary>
/// <c>congress import --from FOLDER [--as-of YYYY-MM-DD]</c>: checks newer Congress files and,
/// only if all three are good, puts them in the data folder. Nothing is changed on any error.
/// </summary>
public static class CongressImport
{
    public const string Usage = "Usage: congress import --from <folder with the three CSV files> [--as-of YYYY-MM-DD]";

    public static int Run(string source, string target, string? asOfText, TextWriter output, TextWriter errors)
    {
        DateOnly? asOf = null;
        if (asOfText is not null)
        {
            if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.WriteLine($"--as-of must be a date as YYYY-MM-DD, not \"{asOfText}\". Nothing was changed.");
                return 2;
            }

            asOf = parsed;
        }

        source = Path.GetFullPath(source, ShellDirectory());
        target = Path.GetFullPath(target);
        if (string.Equals(source.TrimEnd(Path.DirectorySeparatorChar), target.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            errors.WriteLine($"{source} is already the data folder (Congress:DataDirectory). Nothing was changed.");
            return 2;
        }

        output.WriteLine($"Checking {source} ...");
        var read = CongressFiles.Read(source, asOf);
        foreach (var warning in read.Warnings)
        {
            output.WriteLine($"  note: {warning}");
        }

        if (!read.Succeeded)
        {
            foreach (var error in read.Errors)
            {
                errors.WriteLine($"  {error}");
            }

            errors.WriteLine($"The files in {source} cannot be used. Nothing was changed.");
            return 1;
        }

        var data = read.Data!;
        var incoming = new LawmakerDirectory(data, source);
        output.WriteLine($"  {data.Members.Count(m => m.Chamber == Chamber.Senate)} senators, {data.Members.Count(m => m.Chamber == Chamber.House)} members of the House, " +
            $"{data.Members.Sum(m => m.Offices.Length)} district offices, {incoming.ZipCount} ZIP codes (districts of the {Ordinal(data.CongressNumber)} Congress), dated {data.AsOf:yyyy-MM-dd}.");
        if (incoming.VacantSeats.Length > 0)
        {
            output.WriteLine($"  Seats with no member: {string.Join(", ", incoming.VacantSeats)}.");
        }

        var current = CongressFiles.Read(target);
        if (current.Succeeded)
        {
            output.WriteLine($"  Replaces the data dated {current.Data!.AsOf:yyyy-MM-dd} in {target}.");
        }

        var (files, _) = CongressFiles.Find(source);
        try
        {
            Install(files, data.AsOf, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"Could not write to {target}: {e.Message}");
            return 1;
        }

        output.WriteLine($"Imported into {target}.");
        output.WriteLine("Fairwatch reads this data when it starts: restart the running app (every instance) to use it.");
        if (target.StartsWith(Path.GetFullPath(AppContext.BaseDirectory), StringComparison.Ordinal))
        {
            output.WriteLine("This folder is the copy inside the app's own folder, which the next build or deployment replaces. " +
                "To keep imported data, set Congress:DataDirectory to a folder of your own and import into it.");
        }

        return 0;
    }

    /// <summary>
    /// Where the person typed the command: <c>dotnet run --project</c> starts the app in the
    /// project's folder, but a relative <c>--from</c> means a folder relative to their shell.
    /// </summary>
    private static string ShellDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathRooted(shell) && Directory.Exists(shell)
            ? shell
            : Directory.GetCurrentDirectory();

    private static string Ordinal(int n) => n % 100 is >= 11 and <= 13 ? $"{n}th" : (n % 10) switch
    {
        1 => $"{n}st",
        2 => $"{n}nd",
        3 => $"{n}rd",
        _ => $"{n}th",
    };

    /// <summary>
    /// Copies next to the targets first and then renames, so a failed copy (a full disk) leaves
    /// the old files in place; the renames themselves do not fail halfway in practice.
    /// </summary>
    private static void Install(string[] files, DateOnly asOf, string target)
    {
        Directory.CreateDirectory(target);
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var file in files)
            {
                var temporary = Path.Combine(target, $".importing-{Guid.NewGuid():N}");
                staged.Add((temporary, Path.Combine(target, Path.GetFileName(file))));
                File.Copy(file, temporary);
            }

            var asOfFile = Path.Combine(target, $".importing-{Guid.NewGuid():N}");
            staged.Add((asOfFile, Path.Combine(target, CongressFiles.AsOfFile)));
            File.WriteAllText(asOfFile,
                "# The date the member files here were built. Fairwatch shows it beside every lookup,\n" +
                "# because who holds a seat can change after it. `congress import` rewrites this file.\n" +
                $"{asOf:yyyy-MM-dd}\n");
        }
        catch
        {
            foreach (var (temporary, _) in staged)
            {
                File.Delete(temporary);
            }

            throw;
        }

        foreach (var (temporary, final) in staged)
        {
            File.Move(temporary, final, overwrite: true);
        }

        // A file for an earlier Congress is superseded; two would make the folder ambiguous.
        var zipFile = Path.GetFileName(files[2]);
        foreach (var old in Directory.GetFiles(target, CongressFiles.ZipFilePattern).Where(f => Path.GetFileName(f) != zipFile))
        {
            File.Delete(old);
        }
    }
}
