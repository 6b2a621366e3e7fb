using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Campaigns;

public enum CampaignStatus
{
    Active = 0,
    Won = 1,
    Closed = 2,
}

/// <summary>A campaign: its call, its story, and everything it publishes.</summary>
public sealed class Campaign
{
    public int Id { get; set; }

    /// <summary>The campaign's address: /campaigns/{slug}.</summary>
    public required string Slug { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>The one-line call, for example "Denying fairness to some puts all our freedoms at risk".</summary>
    public LocalizedText Call { get; set; } = new();

    /// <summary>The "about" story, in Markdown.</summary>
    public LocalizedText About { get; set; } = new();

    public CampaignStatus Status { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public List<CampaignUpdate> Updates { get; set; } = [];

    public List<CampaignPartner> Partners { get; set; } = [];

    public List<ImpactFigure> Figures { get; set; } = [];

    public List<LadderStep> Ladder { get; set; } = [];

    public List<CampaignReport> Reports { get; set; } = [];
}

/// <summary>A dated update, shown newest first and in the campaign's Atom feed.</summary>
public sealed class CampaignUpdate
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public DateTime PublishedAt { get; set; }

    public LocalizedText Title { get; set; } = new();

    public LocalizedText Body { get; set; } = new();
}

public sealed class CampaignPartner
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    public string? Url { get; set; }

    public Guid? LogoFileId { get; set; }

    /// <summary>Kept with the reference so that pages can link the logo without loading the file.</summary>
    public string? LogoFileName { get; set; }
}

/// <summary>A report the campaign publishes as a PDF.</summary>
public sealed class CampaignReport
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public LocalizedText Title { get; set; } = new();

    public DateTime PublishedAt { get; set; }

    public Guid FileId { get; set; }

    public required string FileName { get; set; }

    public long FileSize { get; set; }
}

/// <summary>A figure staff enter (people reached, video views...), shown with the date it was true on.</summary>
public sealed class ImpactFigure
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int Position { get; set; }

    public LocalizedText Label { get; set; } = new();

    public long Value { get; set; }

    public DateTime AsOf { get; set; }
}

/// <summary>One rung of the campaign's ladder of actions: watch, tell Congress, sign up, pledge, share...</summary>
public sealed class LadderStep
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public int Position { get; set; }

    public LocalizedText Title { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    /// <summary>A Fairwatch page (/campaigns/..., /lawmakers) or any web address.</summary>
    public required string Url { get; set; }
}

internal sealed class CampaignConfiguration :
    IEntityTypeConfiguration<Campaign>,
    IEntityTypeConfiguration<CampaignUpdate>,
    IEntityTypeConfiguration<CampaignPartner>,
    IEntityTypeConfiguration<ImpactFigure>,
    IEntityTypeConfiguration<LadderStep>,
    IEntityTypeConfiguration<CampaignReport>
{
    public void Configure(EntityTypeBuilder<Campaign> entity)
    {
        entity.ToTable("Campaigns");
        entity.Property(c => c.Slug).HasMaxLength(80);
        entity.HasIndex(c => c.Slug).IsUnique();
        entity.HasIndex(c => new { c.IsPublished, c.Status });
        Text(entity.ComplexProperty(c => c.Title), 200);
        Text(entity.ComplexProperty(c => c.Call), 400);
        Text(entity.ComplexProperty(c => c.About), 20_000);
        entity.HasMany(c => c.Updates).WithOne().HasForeignKey(u => u.CampaignId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Partners).WithOne().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Figures).WithOne().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Ladder).WithOne().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(c => c.Reports).WithOne().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CampaignUpdate> entity)
    {
        entity.ToTable("CampaignUpdates");
        entity.HasIndex(u => new { u.CampaignId, u.PublishedAt });
        Text(entity.ComplexProperty(u => u.Title), 200);
        Text(entity.ComplexProperty(u => u.Body), 20_000);
    }

    public void Configure(EntityTypeBuilder<CampaignPartner> entity)
    {
        entity.ToTable("CampaignPartners");
        entity.Property(p => p.Name).HasMaxLength(200);
        entity.Property(p => p.Url).HasMaxLength(500);
        entity.Property(p => p.LogoFileName).HasMaxLength(200);
        entity.HasOne<Uploads.StoredFile>().WithMany().HasForeignKey(p => p.LogoFileId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<CampaignReport> entity)
    {
        entity.ToTable("CampaignReports");
        entity.Property(r => r.FileName).HasMaxLength(200);
        Text(entity.ComplexProperty(r => r.Title), 300);
        entity.HasOne<Uploads.StoredFile>().WithMany().HasForeignKey(r => r.FileId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ImpactFigure> entity)
    {
        entity.ToTable("CampaignImpactFigures");
        Text(entity.ComplexProperty(f => f.Label), 200);
    }

    public void Configure(EntityTypeBuilder<LadderStep> entity)
    {
        entity.ToTable("CampaignLadderSteps");
        entity.Property(s => s.Url).HasMaxLength(500);
        Text(entity.ComplexProperty(s => s.Title), 200);
        Text(entity.ComplexProperty(s => s.Description), 1_000);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}
