namespace Fairwatch.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For PostgreSQL, required. For SQLite, optional: defaults to a file in the data folder.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file, e-mail pick-up folder and other local state live.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    public bool MigrateOnStartup { get; set; } = true;

    public string ResolveDataDirectory(string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(DataDirectory) ? DataDirectory : Path.Combine(contentRoot, DataDirectory));

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                "Database:Provider is 'postgres' but Database:ConnectionString is empty. " +
                "Set it, for example Host=localhost;Database=fairwatch;Username=fairwatch;Password=...");
        }

        var directory = ResolveDataDirectory(contentRoot);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "fairwatch.db")}";
    }
}
