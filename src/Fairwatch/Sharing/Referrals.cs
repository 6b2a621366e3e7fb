using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Sharing;

/// <summary>
/// Referral codes: a random code stored with each action (never the person's e-mail or id), put in
/// the links the person shares, and stored with every action that arrives through one of them.
/// Whoever holds a code can see how many actions it brought in, and nothing else.
/// </summary>
public static class Referrals
{
    public const int CodeLength = 10;

    /// <summary>The longest channel name stored (<see cref="Channels"/>).</summary>
    public const int ChannelLength = 16;

    /// <summary>Where a shared link was shared: the "via" of <c>?ref=CODE&amp;via=whatsapp</c>. Anything else is stored as nothing.</summary>
    public static readonly IReadOnlyList<string> Channels = ["email", "whatsapp", "facebook", "x", "bluesky", "copy"];

    // Lower-case letters and digits without the ones people confuse (0/o, 1/l/i): 31 symbols,
    // so ten of them are about 49 bits, which nobody guesses into someone else's count.
    private const string Alphabet = "23456789abcdefghjkmnpqrstuvwxyz";

    public static string NewCode() => RandomNumberGenerator.GetString(Alphabet, CodeLength);

    /// <summary>The code as stored, or null when <paramref name="code"/> is not one (a typo, a forgery, a different parameter).</summary>
    public static string? Normalise(string? code)
    {
        var trimmed = code?.Trim().ToLowerInvariant();
        return trimmed is { Length: CodeLength } && trimmed.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? trimmed : null;
    }

    /// <summary>The channel as stored, or null when it is none of <see cref="Channels"/>.</summary>
    public static string? NormaliseChannel(string? via)
    {
        var trimmed = via?.Trim().ToLowerInvariant();
        return trimmed is not null && Channels.Contains(trimmed) ? trimmed : null;
    }
}

/// <summary>
/// Who brought an action in: the code of the link the person arrived by and where it was shared.
/// Carried through the form as hidden fields from the page's <c>?ref=</c> and <c>?via=</c>.
/// </summary>
public sealed record Referral(string? Code, string? Channel)
{
    public static readonly Referral None = new(null, null);

    /// <summary>Keeps only a well-formed code, and a channel only with a code.</summary>
    public static Referral From(string? code, string? via) =>
        Referrals.Normalise(code) is { } valid ? new(valid, Referrals.NormaliseChannel(via)) : None;
}

/// <summary>An action that has its own referral code and records the code that brought it in.</summary>
public interface IReferredAction
{
    /// <summary>This person's own code for the links they share.</summary>
    string? ReferralCode { get; set; }

    /// <summary>The code of the shared link the person arrived by, if any.</summary>
    string? ReferredBy { get; set; }

    /// <summary>Where that link was shared, if known (one of <see cref="Referrals.Channels"/>).</summary>
    string? ReferredVia { get; set; }
}

public static class ReferralColumns
{
    /// <summary>The referral columns of an action's table, and the index that counts what a code brought in.</summary>
    public static void Configure<T>(EntityTypeBuilder<T> entity)
        where T : class, IReferredAction
    {
        entity.Property(a => a.ReferralCode).HasMaxLength(Referrals.CodeLength);
        entity.Property(a => a.ReferredBy).HasMaxLength(Referrals.CodeLength);
        entity.Property(a => a.ReferredVia).HasMaxLength(Referrals.ChannelLength);
        entity.HasIndex(a => a.ReferredBy);
    }

    /// <summary>Gives an action a new code of its own and records the one that brought it in.</summary>
    public static T Record<T>(this T action, Referral referral)
        where T : IReferredAction
    {
        action.ReferralCode ??= Referrals.NewCode();
        action.ReferredBy = referral.Code;
        action.ReferredVia = referral.Channel;
        return action;
    }
}
