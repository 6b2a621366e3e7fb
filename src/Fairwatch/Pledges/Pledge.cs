using Fairwatch.Campaigns;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Pledges;

/// <summary>A pledge people take to become allies ("I will…"), on its own or as part of a campaign.</summary>
public sealed class Pledge
{
    public int Id { get; set; }

    /// <summary>The pledge's address: /pledges/{slug}.</summary>
    public required string Slug { get; set; }

    public int? CampaignId { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>What an ally promises, in Markdown.</summary>
    public LocalizedText Text { get; set; } = new();

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public PledgeCounter? Counter { get; set; }
}

/// <summary>
/// The pledge's count of allies, kept exact by <see cref="PledgeWriter"/> in the same transaction
/// as the allies it stores, so pages read one narrow row instead of counting on every view.
/// </summary>
public sealed class PledgeCounter
{
    public int PledgeId { get; set; }

    public int Allies { get; set; }
}

/// <summary>
/// One person who took a pledge. The e-mail address is for staff only: no public page carries it.
/// The home page may show the first name, city and message, and only when the ally asked to be
/// featured and staff approved it.
/// </summary>
public sealed class PledgeAlly : Sharing.IReferredAction
{
    public long Id { get; set; }

    public int PledgeId { get; set; }

    public required string Name { get; set; }

    /// <summary>Trimmed and lower-cased: one pledge per address, however it is typed.</summary>
    public required string Email { get; set; }

    public required string City { get; set; }

    public string? Message { get; set; }

    /// <summary>The ally ticked "feature me on the home page".</summary>
    public bool WantsFeature { get; set; }

    /// <summary>When staff approved featuring the ally; empty while not featured.</summary>
    public DateTime? FeaturedAt { get; set; }

    /// <summary>The language the person pledged in.</summary>
    public required string Culture { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? ReferralCode { get; set; }

    public string? ReferredBy { get; set; }

    public string? ReferredVia { get; set; }

    /// <summary>What the public may read: the first word of the name.</summary>
    public static string FirstName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.IndexOfAny([' ', '\t']);
        return space < 0 ? trimmed : trimmed[..space];
    }
}

internal sealed class PledgeConfiguration :
    IEntityTypeConfiguration<Pledge>,
    IEntityTypeConfiguration<PledgeCounter>,
    IEntityTypeConfiguration<PledgeAlly>
{
    public void Configure(EntityTypeBuilder<Pledge> entity)
    {
        entity.ToTable("Pledges");
        entity.Property(p => p.Slug).HasMaxLength(Slugs.MaxLength);
        entity.HasIndex(p => p.Slug).IsUnique();
        Text(entity.ComplexProperty(p => p.Title), PledgeLimits.TitleLength);
        Text(entity.ComplexProperty(p => p.Text), PledgeLimits.TextLength);
        entity.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne(p => p.Counter).WithOne().HasForeignKey<PledgeCounter>(c => c.PledgeId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany<PledgeAlly>().WithOne().HasForeignKey(a => a.PledgeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PledgeCounter> entity)
    {
        entity.ToTable("PledgeCounters");
        entity.HasKey(c => c.PledgeId);
        entity.Property(c => c.PledgeId).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<PledgeAlly> entity)
    {
        entity.ToTable("PledgeAllies");
        entity.Property(a => a.Name).HasMaxLength(PledgeLimits.NameLength);
        entity.Property(a => a.Email).HasMaxLength(EmailAddresses.MaxLength);
        entity.Property(a => a.City).HasMaxLength(PledgeLimits.CityLength);
        entity.Property(a => a.Message).HasMaxLength(PledgeLimits.MessageLength);
        entity.Property(a => a.Culture).HasMaxLength(5);
        // One pledge per address; PledgeWriter's INSERT ... ON CONFLICT names these columns.
        entity.HasIndex(a => new { a.PledgeId, a.Email }).IsUnique();
        // Newest allies for staff and the export, in order.
        entity.HasIndex(a => new { a.PledgeId, a.Id });
        // The home page's newest featured allies.
        entity.HasIndex(a => a.FeaturedAt);
        Sharing.ReferralColumns.Configure(entity);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}

public static class PledgeLimits
{
    public const int TitleLength = 200;
    public const int TextLength = 5_000;
    public const int NameLength = 80;
    public const int CityLength = 80;
    public const int MessageLength = 280;
}
