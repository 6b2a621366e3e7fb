using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Fairwatch.Web;

public enum ProofOfWorkMode
{
    Off,
    On,

    /// <summary>On while the public forms' rate limiters are turning many posts away (see <see cref="ProofOfWorkOptions.AutoRejectionsPerMinute"/>).</summary>
    Auto,
}

/// <summary>The optional proof-of-work on public action forms, in configuration section "Abuse".</summary>
public sealed class ProofOfWorkOptions
{
    public const string Section = "Abuse";

    public ProofOfWorkMode ProofOfWork { get; set; } = ProofOfWorkMode.Off;

    /// <summary>Leading zero bits the hash must have: each one doubles the work (16 takes a phone about a second).</summary>
    public int ProofOfWorkBits { get; set; } = 16;

    /// <summary>How long a challenge may be solved and sent back.</summary>
    public double ProofOfWorkLifetimeMinutes { get; set; } = 60;

    /// <summary>Without JavaScript the form is taken unsolved once it has been open this long: the wait replaces the work.</summary>
    public double ProofOfWorkNoScriptSeconds { get; set; } = 30;

    /// <summary>In Auto mode: rate-limit rejections in one minute that switch the proof-of-work on, for <see cref="AutoMinutes"/>.</summary>
    public int AutoRejectionsPerMinute { get; set; } = 100;

    public double AutoMinutes { get; set; } = 15;
}

public enum ProofOfWorkCheck
{
    Valid,

    /// <summary>No solution, and the form has not been open long enough to be taken without one.</summary>
    Unsolved,

    /// <summary>The solution does not solve the challenge, or the challenge is forged, for another form, or expired.</summary>
    Invalid,

    /// <summary>This challenge was already used for a post.</summary>
    Replayed,
}

/// <summary>The hidden fields of a form that asks for a proof of work, rendered by Pages/Shared/_ProofOfWork.cshtml.</summary>
public sealed class ProofOfWorkFields
{
    public string? Challenge { get; set; }

    public string? Nonce { get; set; }
}

/// <summary>
/// A small hash puzzle for public action forms while the site is under attack: the server issues a
/// challenge (signed with Data Protection, bound to one form, time-limited, with a random part), a
/// script finds a nonce such that SHA-256(challenge + nonce) starts with N zero bits, and the server
/// checks it with one hash and refuses a challenge used before. It costs a person a second of their
/// phone's time and a flood of posts a second each. No third party is involved.
/// Used challenges are remembered in this instance's memory until they expire.
/// </summary>
public sealed class ProofOfWork(IDataProtectionProvider protection, TimeProvider clock, IOptionsMonitor<ProofOfWorkOptions> options, IMemoryCache cache)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Fairwatch.ProofOfWork.v1");
    private readonly Lock _used = new();
    private readonly Queue<DateTime> _rejections = new();
    private long _autoUntilTicks;

    public int Bits => Math.Clamp(options.CurrentValue.ProofOfWorkBits, 1, 32);

    public int NoScriptSeconds => (int)Math.Ceiling(options.CurrentValue.ProofOfWorkNoScriptSeconds);

    /// <summary>Whether public action forms ask for a proof of work now.</summary>
    public bool IsRequired => options.CurrentValue.ProofOfWork switch
    {
        ProofOfWorkMode.On => true,
        ProofOfWorkMode.Auto => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _autoUntilTicks),
        _ => false,
    };

    /// <param name="subject">What the form is for, such as "signup|organisation"; a challenge is good only for its subject.</param>
    public string Issue(string subject) => _protector.Protect(string.Create(
        CultureInfo.InvariantCulture, $"{subject}|{clock.GetUtcNow().UtcTicks}|{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}"));

    /// <summary>The challenge to put back in a form shown again: the same one while it is good and unused, so the no-script wait keeps counting.</summary>
    public string Renew(string? challenge, string subject) =>
        Read(challenge, subject) is { } read && !IsUsed(read.Random) ? challenge! : Issue(subject);

    /// <summary>Checks a post's solution and, when it is good, marks the challenge used.</summary>
    public ProofOfWorkCheck Check(ProofOfWorkFields? fields, string subject)
    {
        if (Read(fields?.Challenge, subject) is not { } read)
        {
            return ProofOfWorkCheck.Invalid;
        }

        if (string.IsNullOrEmpty(fields!.Nonce))
        {
            if (clock.GetUtcNow().UtcDateTime - read.IssuedAt < TimeSpan.FromSeconds(options.CurrentValue.ProofOfWorkNoScriptSeconds))
            {
                return ProofOfWorkCheck.Unsolved;
            }
        }
        else if (fields.Nonce.Length > 32 || !Solves(fields.Challenge!, fields.Nonce, Bits))
        {
            return ProofOfWorkCheck.Invalid;
        }

        return MarkUsed(read.Random, read.IssuedAt) ? ProofOfWorkCheck.Valid : ProofOfWorkCheck.Replayed;
    }

    /// <summary>Whether SHA-256 of the UTF-8 text challenge + nonce starts with <paramref name="bits"/> zero bits (what wwwroot/js/pow.js searches for).</summary>
    public static bool Solves(string challenge, string nonce, int bits)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(challenge + nonce), hash);
        for (var i = 0; i < bits; i++)
        {
            if ((hash[i / 8] & (0x80 >> (i % 8))) != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Counts a rate-limit rejection of a public form; in Auto mode, enough of them in a minute switch the proof-of-work on.</summary>
    public void NoteRejection()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        lock (_rejections)
        {
            _rejections.Enqueue(now);
            while (_rejections.Count > 0 && now - _rejections.Peek() > TimeSpan.FromMinutes(1))
            {
                _rejections.Dequeue();
            }

            if (_rejections.Count >= options.CurrentValue.AutoRejectionsPerMinute)
            {
                Interlocked.Exchange(ref _autoUntilTicks, now.AddMinutes(options.CurrentValue.AutoMinutes).Ticks);
            }
        }
    }

    private (DateTime IssuedAt, string Random)? Read(string? challenge, string subject)
    {
        if (string.IsNullOrEmpty(challenge) || challenge.Length > 1_000)
        {
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(challenge);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = payload.Split('|');
        if (parts.Length < 3 || string.Join('|', parts[..^2]) != subject
            || !long.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
        {
            return null;
        }

        var issuedAt = new DateTime(ticks, DateTimeKind.Utc);
        return clock.GetUtcNow().UtcDateTime - issuedAt > Lifetime ? null : (issuedAt, parts[^1]);
    }

    private TimeSpan Lifetime => TimeSpan.FromMinutes(options.CurrentValue.ProofOfWorkLifetimeMinutes);

    private bool IsUsed(string random) => cache.TryGetValue(UsedKey(random), out _);

    private bool MarkUsed(string random, DateTime issuedAt)
    {
        lock (_used)
        {
            if (IsUsed(random))
            {
                return false;
            }

            // Remembered until the challenge would have expired anyway.
            cache.Set(UsedKey(random), true, new DateTimeOffset(issuedAt + Lifetime, TimeSpan.Zero));
            return true;
        }
    }

    private static (string, string) UsedKey(string random) => ("proof-of-work-used", random);
}

public static class ProofOfWorkSetup
{
    public static IServiceCollection AddProofOfWork(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMemoryCache();
        services.AddOptions<ProofOfWorkOptions>().Bind(configuration.GetSection(ProofOfWorkOptions.Section));
        services.AddSingleton<ProofOfWork>();
        // Counts every rate-limit rejection for Auto mode, keeping whatever else rejection does.
        services.AddOptions<RateLimiterOptions>().Configure<ProofOfWork>((o, proofOfWork) =>
        {
            var previous = o.OnRejected;
            o.OnRejected = (context, cancellationToken) =>
            {
                proofOfWork.NoteRejection();
                return previous?.Invoke(context, cancellationToken) ?? ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
