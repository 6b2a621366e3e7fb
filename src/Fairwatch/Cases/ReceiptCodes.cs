using System.Security.Cryptography;
using System.Text;

namespace Fairwatch.Cases;

/// <summary>
/// The 16-digit receipt code an anonymous reporter gets once, to see the status of their report and
/// add to it later. Only a slow hash of it is stored: someone who copies the database would have to
/// try 10^16 codes at the cost of <see cref="Iterations"/> hashes each, and the status form is rate
/// limited per network address, so guessing a code through the site is hopeless too.
/// </summary>
public static class ReceiptCodes
{
    public const int Digits = 16;

    // About 30 ms a lookup here: nothing for a person, a great deal for someone trying every code.
    private const int Iterations = 100_000;

    // A fixed salt, because the hash is looked up by value; a per-installation salt would add little to 10^16 × 100,000.
    private static readonly byte[] Salt = Encoding.UTF8.GetBytes("Fairwatch.ReceiptCode.v1");

    public static string New() => RandomNumberGenerator.GetString("0123456789", Digits);

    /// <summary>"1234567812345678" as "1234 5678 1234 5678", easier to copy down.</summary>
    public static string Format(string code) => string.Join(' ', code.Chunk(4).Select(c => new string(c)));

    /// <summary>The code as typed, without spaces or dashes, or null when it is not 16 digits.</summary>
    public static string? Normalise(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => c is not (' ' or '-' or '\u00A0')).ToArray());
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static string Hash(string code) =>
        Convert.ToHexStringLower(Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(code), Salt, Iterations, HashAlgorithmName.SHA256, 32));
}
