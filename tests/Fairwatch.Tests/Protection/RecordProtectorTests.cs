using System.Security.Cryptography;
using System.Text;
using Fairwatch.Cases;
using Fairwatch.Protection;

namespace Fairwatch.Tests.Protection;

public sealed class RecordProtectorTests
{
    [Fact]
    public async Task A_sealed_field_opens_only_with_its_own_key_and_purpose_and_not_after_tampering()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var protector = scope.ServiceProvider.GetRequiredService<RecordProtector>();
        var key = await protector.NewKeyAsync();
        var other = await protector.NewKeyAsync();
        const string story = "Le negaron la insulina durante tres días.";

        var sealedStory = RecordProtector.Seal(key, story, "Case.Narrative")!;
        Assert.Equal(story, RecordProtector.Open(key, sealedStory, "Case.Narrative"));
        Assert.Equal(story, RecordProtector.Open(await protector.FindKeyAsync(key.Id), sealedStory, "Case.Narrative"));
        Assert.NotEqual(sealedStory, RecordProtector.Seal(key, story, "Case.Narrative"));
        Assert.Equal(-1, sealedStory.AsSpan().IndexOf(Encoding.UTF8.GetBytes("insulina")));

        Assert.ThrowsAny<CryptographicException>(() => RecordProtector.Open(key, sealedStory, "Case.Name"));
        Assert.ThrowsAny<CryptographicException>(() => RecordProtector.Open(other, sealedStory, "Case.Narrative"));
        var tampered = (byte[])sealedStory.Clone();
        tampered[^20] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => RecordProtector.Open(key, tampered, "Case.Narrative"));

        Assert.Null(RecordProtector.Seal(key, null, "Case.Name"));
        Assert.Null(RecordProtector.Open(key, null, "Case.Name"));
        Assert.Null(RecordProtector.Open(null, sealedStory, "Case.Narrative"));
        Assert.Null(await protector.FindKeyAsync(null));
    }

    [Fact]
    public async Task The_key_file_is_created_for_its_owner_only_and_a_rotated_ring_still_opens_old_keys()
    {
        await using var app = await TestApp.StartAsync();
        var ring = app.Services.GetRequiredService<KeyRing>();
        await using var scope = app.Scope();
        var protector = scope.ServiceProvider.GetRequiredService<RecordProtector>();
        var key = await protector.NewKeyAsync();
        var sealedName = RecordProtector.Seal(key, "Maria", "Case.Name");

        Assert.True(File.Exists(ring.KeyFilePath));
        Assert.StartsWith(app.Directory, ring.KeyFilePath, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ring.KeyFilePath));
        }

        var first = ring.Primary.Id;
        var second = ring.AddPrimaryToFile();
        Assert.Equal(second.Id, ring.Primary.Id);
        Assert.Equal("Maria", RecordProtector.Open(await protector.FindKeyAsync(key.Id), sealedName, "Case.Name"));

        // Retiring a key that a data key still needs is refused by leaving it in place.
        var rotation = scope.ServiceProvider.GetRequiredService<KeyRotation>();
        Assert.Empty(ring.RetireFromFile(await rotation.KeysInUseAsync()));
        Assert.Equal(1, await rotation.RewrapAsync());
        Assert.Equal([first], ring.RetireFromFile(await rotation.KeysInUseAsync()));
        Assert.Equal("Maria", RecordProtector.Open(await protector.FindKeyAsync(key.Id), sealedName, "Case.Name"));
    }

    [Fact]
    public void Production_refuses_to_invent_a_key_and_says_what_to_do()
    {
        var directory = Path.Combine(Path.GetTempPath(), "fairwatch-tests", Guid.NewGuid().ToString("N"));
        using var production = FairwatchApp.Build(["--environment=Production", $"--Database:DataDirectory={directory}"]);
        var ring = production.Services.GetRequiredService<KeyRing>();

        Assert.False(ring.IsReady);
        var refused = Assert.Throws<InvalidOperationException>(() => ring.Primary);
        Assert.Contains("protection create-key", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(ring.KeyFilePath));
        Assert.True(ring.CreateFile());
        Assert.True(ring.IsReady);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void Keys_from_the_environment_are_used_instead_of_a_file_and_checked()
    {
        var newest = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var older = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        using var app = FairwatchApp.Build(["--environment=Production", $"--Protection:Keys=k2:{newest}; k1:{older}"]);
        var ring = app.Services.GetRequiredService<KeyRing>();
        Assert.Equal(["k2", "k1"], ring.Keys().Select(k => k.Id));
        Assert.Equal("k1", ring.Find("k1").Id);
        Assert.Throws<CryptographicException>(() => ring.Find("k0"));

        using var broken = FairwatchApp.Build(["--environment=Production", "--Protection:Keys=k1:c2hvcnQ="]);
        Assert.Throws<InvalidOperationException>(() => broken.Services.GetRequiredService<KeyRing>().Primary);
    }

    [Fact]
    public void Receipt_codes_are_sixteen_digits_typed_any_way_and_only_their_slow_hash_is_kept()
    {
        var code = ReceiptCodes.New();
        Assert.Matches("^[0-9]{16}$", code);
        Assert.Equal(code, ReceiptCodes.Normalise(ReceiptCodes.Format(code)));
        Assert.Equal("1234567812345678", ReceiptCodes.Normalise(" 1234-5678 1234 5678 "));
        Assert.Null(ReceiptCodes.Normalise("1234 5678"));
        Assert.Null(ReceiptCodes.Normalise("abcd efgh ijkl mnop"));
        Assert.Equal(ReceiptCodes.Hash(code), ReceiptCodes.Hash(code));
        Assert.NotEqual(ReceiptCodes.Hash(code), ReceiptCodes.Hash(ReceiptCodes.New()));
        Assert.DoesNotContain(code, ReceiptCodes.Hash(code), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A012345678", "A012345678")]
    [InlineData("a 12-345-678", "A012345678")]
    [InlineData("201-234-567", "A201234567")]
    [InlineData("12345", null)]
    [InlineData("A1234567890", null)]
    [InlineData("A01234567X", null)]
    public void A_numbers_are_read_as_people_write_them(string typed, string? expected) =>
        Assert.Equal(expected, ANumbers.Normalise(typed));
}
