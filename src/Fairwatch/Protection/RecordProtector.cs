using System.Security.Cryptography;
using System.Text;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Protection;

/// <summary>
/// A record's own data key, wrapped (AES-GCM) by a key-encryption key that lives outside the
/// database. Deleting the row makes everything sealed with the key unreadable, backups included.
/// It carries no time stamp: for an anonymous report, even the creation time of its key would say
/// when it was written.
/// </summary>
public sealed class DataKey
{
    public long Id { get; set; }

    /// <summary>Which key-encryption key wrapped it (see <see cref="KeyRing"/>).</summary>
    public required string KeyId { get; set; }

    /// <summary>Nonce, wrapped key and tag.</summary>
    public required byte[] Wrapped { get; set; }
}

internal sealed class DataKeyConfiguration : IEntityTypeConfiguration<DataKey>
{
    public void Configure(EntityTypeBuilder<DataKey> entity)
    {
        entity.ToTable("DataKeys");
        entity.Property(k => k.KeyId).HasMaxLength(32);
        // Rotation rewraps, and retirement checks, by key-encryption key.
        entity.HasIndex(k => k.KeyId);
    }
}

/// <summary>An opened data key, ready to seal and open one record's fields. Never stored as is.</summary>
public sealed class RecordKey
{
    internal RecordKey(long id, byte[] key)
    {
        Id = id;
        Key = key;
    }

    public long Id { get; }

    internal byte[] Key { get; }
}

/// <summary>
/// Envelope encryption for sensitive fields: each record gets its own random 256-bit data key
/// (<see cref="NewKeyAsync"/>), stored wrapped by the key ring's primary key-encryption key; each
/// field is sealed with AES-GCM under the record's key, with its purpose (for example
/// "Case.Narrative") as associated data, so that one field's ciphertext cannot be passed off as another's.
/// </summary>
public sealed class RecordProtector(FairwatchDb db, KeyRing ring)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    // The first byte of a sealed field says how it was sealed, so that the format can change later.
    private const byte Version = 1;

    /// <summary>A new data key for a new record, stored (wrapped) at once so that the record can refer to it.</summary>
    public async Task<RecordKey> NewKeyAsync(CancellationToken cancellationToken = default)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var kek = ring.Primary;
        var stored = new DataKey { KeyId = kek.Id, Wrapped = Wrap(kek, key) };
        db.Add(stored);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordKey(stored.Id, key);
    }

    /// <summary>The record's data key, or null when it has none (its personal data was erased).</summary>
    public async Task<RecordKey?> FindKeyAsync(long? id, CancellationToken cancellationToken = default)
    {
        if (id is not { } keyId)
        {
            return null;
        }

        var stored = await db.Set<DataKey>().AsNoTracking().SingleOrDefaultAsync(k => k.Id == keyId, cancellationToken);
        return stored is null ? null : new RecordKey(stored.Id, Unwrap(ring.Find(stored.KeyId), stored.Wrapped));
    }

    public static byte[]? Seal(RecordKey key, string? text, string purpose)
    {
        if (text is null)
        {
            return null;
        }

        var plain = Encoding.UTF8.GetBytes(text);
        var output = new byte[1 + NonceSize + plain.Length + TagSize];
        output[0] = Version;
        var nonce = output.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(1 + NonceSize, plain.Length), output.AsSpan(1 + NonceSize + plain.Length), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    /// <summary>The field's text; null when it is empty or the record's key is gone. Throws when it was tampered with or sealed for another purpose.</summary>
    public static string? Open(RecordKey? key, byte[]? sealedText, string purpose)
    {
        if (key is null || sealedText is null)
        {
            return null;
        }

        if (sealedText.Length < 1 + NonceSize + TagSize || sealedText[0] != Version)
        {
            throw new CryptographicException("This field was not sealed by Fairwatch.");
        }

        var length = sealedText.Length - 1 - NonceSize - TagSize;
        var plain = new byte[length];
        using var aes = new AesGcm(key.Key, TagSize);
        aes.Decrypt(sealedText.AsSpan(1, NonceSize), sealedText.AsSpan(1 + NonceSize, length), sealedText.AsSpan(1 + NonceSize + length), plain, Encoding.UTF8.GetBytes(purpose));
        return Encoding.UTF8.GetString(plain);
    }

    internal static byte[] Wrap(KeyEncryptionKey kek, byte[] key)
    {
        var output = new byte[NonceSize + key.Length + TagSize];
        RandomNumberGenerator.Fill(output.AsSpan(0, NonceSize));
        using var aes = new AesGcm(kek.Key, TagSize);
        aes.Encrypt(output.AsSpan(0, NonceSize), key, output.AsSpan(NonceSize, key.Length), output.AsSpan(NonceSize + key.Length), WrapContext(kek.Id));
        return output;
    }

    internal static byte[] Unwrap(KeyEncryptionKey kek, byte[] wrapped)
    {
        var key = new byte[wrapped.Length - NonceSize - TagSize];
        using var aes = new AesGcm(kek.Key, TagSize);
        aes.Decrypt(wrapped.AsSpan(0, NonceSize), wrapped.AsSpan(NonceSize, key.Length), wrapped.AsSpan(NonceSize + key.Length), key, WrapContext(kek.Id));
        return key;
    }

    private static byte[] WrapContext(string kekId) => Encoding.UTF8.GetBytes("Fairwatch.DataKey|" + kekId);
}

/// <summary>Rewraps every data key with the primary key-encryption key: the data itself is not touched, so the site keeps running.</summary>
public sealed class KeyRotation(FairwatchDb db, KeyRing ring)
{
    private const int BatchSize = 500;

    public async Task<int> RewrapAsync(CancellationToken cancellationToken = default)
    {
        var primary = ring.Primary;
        var rewrapped = 0;
        while (true)
        {
            var batch = await db.Set<DataKey>().Where(k => k.KeyId != primary.Id).OrderBy(k => k.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return rewrapped;
            }

            foreach (var key in batch)
            {
                key.Wrapped = RecordProtector.Wrap(primary, RecordProtector.Unwrap(ring.Find(key.KeyId), key.Wrapped));
                key.KeyId = primary.Id;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            rewrapped += batch.Count;
        }
    }

    /// <summary>The key-encryption keys some data key still needs.</summary>
    public async Task<IReadOnlySet<string>> KeysInUseAsync(CancellationToken cancellationToken = default) =>
        (await db.Set<DataKey>().Select(k => k.KeyId).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
