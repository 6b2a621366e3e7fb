using System.Security.Cryptography;
using System.Text.Json;
using Fairwatch.Data;
using Microsoft.Extensions.Options;

namespace Fairwatch.Protection;

public sealed class ProtectionOptions
{
    public const string Section = "Protection";

    /// <summary>
    /// Key-encryption keys from an environment secret instead of the key file: "id:base64;id:base64",
    /// the first being the one that wraps new data keys. When set, the key file is not used.
    /// </summary>
    public string? Keys { get; set; }

    /// <summary>The key file; relative paths are under the database's data directory. Keep it out of database backups.</summary>
    public string KeyFile { get; set; } = "protection-keys.json";

    /// <summary>
    /// Whether a missing key file may be created. On by default except in Production, where an
    /// operator creates it on purpose (<c>protection create-key</c>) and keeps a copy apart from the database.
    /// </summary>
    public bool? CreateKeyFile { get; set; }
}

/// <summary>One key-encryption key: 256 bits that never enter the database.</summary>
public sealed record KeyEncryptionKey(string Id, byte[] Key, DateTimeOffset Created);

/// <summary>
/// The key-encryption keys: from the environment secret or the key file, re-read when the file
/// changes so that running instances pick up a rotation without a restart.
/// </summary>
public sealed class KeyRing(IOptions<ProtectionOptions> options, IOptions<DatabaseOptions> database, IWebHostEnvironment environment, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    private readonly Lock _gate = new();
    private (IReadOnlyList<KeyEncryptionKey> Keys, DateTime FileTime)? _loaded;

    public bool FromEnvironment => !string.IsNullOrWhiteSpace(options.Value.Keys);

    public string KeyFilePath
    {
        get
        {
            var path = options.Value.KeyFile;
            return Path.IsPathRooted(path) ? path : Path.Combine(database.Value.ResolveDataDirectory(environment.ContentRootPath), path);
        }
    }

    /// <summary>Whether a key exists or may be created, so that sealing will work.</summary>
    public bool IsReady => FromEnvironment || File.Exists(KeyFilePath) || MayCreateFile;

    private bool MayCreateFile => options.Value.CreateKeyFile ?? !environment.IsProduction();

    /// <summary>The key that wraps new data keys.</summary>
    public KeyEncryptionKey Primary => Keys()[0];

    /// <summary>The key with this id, re-reading the key file once if it is not known (it may have been rotated by another process).</summary>
    public KeyEncryptionKey Find(string id) =>
        Keys().FirstOrDefault(k => k.Id == id)
        ?? Keys(reload: true).FirstOrDefault(k => k.Id == id)
        ?? throw new CryptographicException($"The key-encryption key '{id}' is not in the key ring. Restore it from the key file's backup or the environment secret.");

    public IReadOnlyList<KeyEncryptionKey> Keys(bool reload = false)
    {
        lock (_gate)
        {
            if (FromEnvironment)
            {
                return (_loaded ??= (ParseEnvironment(options.Value.Keys!), default)).Keys;
            }

            var path = KeyFilePath;
            if (!File.Exists(path))
            {
                if (!MayCreateFile)
                {
                    throw new InvalidOperationException(
                        $"No key-encryption key: there is no key file at {path} and Protection:Keys is not set. Run the command 'protection create-key' (and keep a copy of the file apart from the database backups), or set Protection:Keys.");
                }

                Write(path, [New(clock)]);
            }

            var time = File.GetLastWriteTimeUtc(path);
            if (reload || _loaded is null || _loaded.Value.FileTime != time)
            {
                _loaded = (Read(path), time);
            }

            return _loaded.Value.Keys;
        }
    }

    /// <summary>Adds a new primary key to the key file (the old ones stay, to open what they wrapped).</summary>
    public KeyEncryptionKey AddPrimaryToFile()
    {
        EnsureFile();
        lock (_gate)
        {
            var key = New(clock);
            var keys = new List<KeyEncryptionKey> { key };
            keys.AddRange(File.Exists(KeyFilePath) ? Read(KeyFilePath) : []);
            Write(KeyFilePath, keys);
            _loaded = null;
            return key;
        }
    }

    /// <summary>Keeps in the key file only the primary key and the keys still in use.</summary>
    public IReadOnlyList<string> RetireFromFile(IReadOnlySet<string> inUse)
    {
        EnsureFile();
        lock (_gate)
        {
            var keys = Read(KeyFilePath);
            var kept = keys.Where((k, i) => i == 0 || inUse.Contains(k.Id)).ToList();
            Write(KeyFilePath, kept);
            _loaded = null;
            return [.. keys.Except(kept).Select(k => k.Id)];
        }
    }

    /// <summary>Creates the key file if it does not exist; true when it was created.</summary>
    public bool CreateFile()
    {
        lock (_gate)
        {
            if (FromEnvironment || File.Exists(KeyFilePath))
            {
                return false;
            }

            Write(KeyFilePath, [New(clock)]);
            _loaded = null;
            return true;
        }
    }

    private void EnsureFile()
    {
        if (FromEnvironment)
        {
            throw new InvalidOperationException("The keys come from Protection:Keys; change that secret instead (see docs/decisions/0015).");
        }
    }

    private static KeyEncryptionKey New(TimeProvider clock) =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), RandomNumberGenerator.GetBytes(32), clock.GetUtcNow());

    private static IReadOnlyList<KeyEncryptionKey> ParseEnvironment(string value)
    {
        var keys = new List<KeyEncryptionKey>();
        foreach (var part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = part.IndexOf(':', StringComparison.Ordinal);
            byte[] key;
            try
            {
                key = colon > 0 ? Convert.FromBase64String(part[(colon + 1)..]) : [];
            }
            catch (FormatException)
            {
                key = [];
            }

            if (key.Length != 32)
            {
                throw new InvalidOperationException("Protection:Keys must be 'id:base64;id:base64' with 256-bit keys, the newest first.");
            }

            keys.Add(new(part[..colon], key, DateTimeOffset.MinValue));
        }

        return keys.Count > 0 ? keys : throw new InvalidOperationException("Protection:Keys holds no key.");
    }

    private static IReadOnlyList<KeyEncryptionKey> Read(string path)
    {
        var file = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"The key file {path} is empty.");
        var keys = file.Keys.Select(k => new KeyEncryptionKey(k.Id, Convert.FromBase64String(k.Key), k.Created)).ToList();
        return keys.Count > 0 && keys.All(k => k.Key.Length == 32) ? keys : throw new InvalidOperationException($"The key file {path} holds no valid key.");
    }

    private static void Write(string path, IReadOnlyList<KeyEncryptionKey> keys)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var json = JsonSerializer.Serialize(new KeyFile([.. keys.Select(k => new KeyFileEntry(k.Id, Convert.ToBase64String(k.Key), k.Created))]), Json);
        // Written beside, then moved over the old file, so that a reader never sees half a file.
        var temporary = path + ".new";
        var stream = OperatingSystem.IsWindows()
            ? new FileStream(temporary, FileMode.Create, FileAccess.Write)
            : new FileStream(temporary, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite });
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(json);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private sealed record KeyFile(List<KeyFileEntry> Keys);

    private sealed record KeyFileEntry(string Id, string Key, DateTimeOffset Created);
}
