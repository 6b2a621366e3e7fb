using Fairwatch.Lawmakers;

namespace Fairwatch.Tests.Lawmakers;

/// <summary><c>congress import</c> through the app's command runner, as an administrator runs it.</summary>
public sealed class CongressImportTests : IDisposable
{
    private readonly CongressFolder _target = CongressFolder.CopyOfShipped();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    [Fact]
    public async Task Good_files_replace_the_data_and_the_output_says_a_restart_reads_them()
    {
        using var source = CongressFolder.Create(asOf: null);

        var exit = await RunAsync("congress", "import", "--from", source.Path, "--as-of", "2026-07-01");

        Assert.True(exit == 0, _errors.ToString());
        var output = _output.ToString();
        Assert.Contains("2 senators, 1 members of the House, 3 district offices", output, StringComparison.Ordinal);
        Assert.Contains("Seats with no member: ", output, StringComparison.Ordinal);
        Assert.Contains("OR-2", output, StringComparison.Ordinal);
        Assert.Contains("Replaces the data dated 2026-06-15", output, StringComparison.Ordinal);
        Assert.Contains("restart the running app", output, StringComparison.Ordinal);
        var imported = LawmakerDirectory.Load(_target.Path);
        Assert.Equal(new DateOnly(2026, 7, 1), imported.AsOf);
        Assert.Equal(3, imported.Members.Length);
        Assert.Equal(File.ReadAllBytes(Path.Combine(source.Path, CongressFiles.OfficesFile)), File.ReadAllBytes(Path.Combine(_target.Path, CongressFiles.OfficesFile)));
        Assert.DoesNotContain(Directory.GetFiles(_target.Path), f => Path.GetFileName(f).StartsWith('.'));
    }

    [Fact]
    public async Task Files_for_a_new_congress_supersede_the_old_zip_file()
    {
        using var source = CongressFolder.Create(zipFileName: "zcta-to-district-cd120.csv");

        Assert.Equal(0, await RunAsync("congress", "import", "--from", source.Path));

        Assert.Equal(["zcta-to-district-cd120.csv"], Directory.GetFiles(_target.Path, CongressFiles.ZipFilePattern).Select(Path.GetFileName));
        Assert.Equal(120, LawmakerDirectory.Load(_target.Path).CongressNumber);
    }

    [Fact]
    public async Task Bad_files_are_refused_with_their_lines_and_nothing_changes()
    {
        var before = Snapshot();
        using var source = CongressFolder.Create(
            offices: [.. CongressFolder.Offices, "H000001,,,x,1 St.,,Salem,,,,Oregon,,97301,,"],
            zips: [.. CongressFolder.Zips, "41,OR,972O1,1"]);

        var exit = await RunAsync("congress", "import", "--from", source.Path);

        Assert.Equal(1, exit);
        var errors = _errors.ToString();
        Assert.Contains("legislators-district-offices.csv, line 5: state must be a two-letter state or territory code, not \"Oregon\".", errors, StringComparison.Ordinal);
        Assert.Contains("zcta-to-district-cd119.csv, line 6: zcta must be 5 digits, not \"972O1\".", errors, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", errors, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("congress", "import")]
    [InlineData("congress", "export", "--from", "x")]
    [InlineData("congress", "import", "--from", "/no/such/folder")]
    [InlineData("congress", "import", "--from", "{source}", "--as-of", "June 2026")]
    public async Task Wrong_usage_changes_nothing(params string[] args)
    {
        var before = Snapshot();
        using var source = CongressFolder.Create();

        var exit = await RunAsync([.. args.Select(a => a.Replace("{source}", source.Path, StringComparison.Ordinal))]);

        Assert.NotEqual(0, exit);
        Assert.NotEqual("", _errors.ToString());
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task Importing_the_data_folder_onto_itself_is_refused()
    {
        Assert.Equal(2, await RunAsync("congress", "import", "--from", _target.Path));
        Assert.Contains("already the data folder", _errors.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _target.Dispose();

    private async Task<int> RunAsync(params string[] args)
    {
        await using var app = FairwatchApp.Build([.. args, "--environment=Testing", $"--Congress:DataDirectory={_target.Path}", "--Logging:LogLevel:Default=Warning"]);
        return await FairwatchCommands.RunAsync(app, args, _output, _errors);
    }

    private Dictionary<string, string> Snapshot() => Directory.GetFiles(_target.Path).ToDictionary(
        f => Path.GetFileName(f),
        f => $"{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))} {File.GetLastWriteTimeUtc(f).Ticks}",
        StringComparer.Ordinal);
}
