namespace Fairwatch.Lawmakers;

public sealed class CongressOptions
{
    public const string Section = "Congress";

    /// <summary>
    /// The folder with the three Congress CSV files. A relative path is taken from the app's own
    /// folder (where the build and a publish copy the repository's <c>data/congress</c>), so it is
    /// the same folder under <c>dotnet run</c>, the tests and a published app.
    /// </summary>
    public string DataDirectory { get; set; } = CongressFiles.DefaultFolder;

    public string ResolveDataDirectory() =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(AppContext.BaseDirectory, DataDirectory));
}
