using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Videos;

/// <summary>How a film can be had.</summary>
public enum OfferKind
{
    Dvd = 0,
    Streaming = 1,

    /// <summary>A licence to show the film to a class or an audience, as schools and community groups need.</summary>
    EducationalLicence = 2,
    Other = 3,
}

/// <summary>
/// A way to get a film: a DVD, a streaming service, an educational screening licence... Fairwatch
/// sells nothing itself; each offer links to where the film is offered.
/// </summary>
public sealed class FilmOffer
{
    public int Id { get; set; }

    public int FilmId { get; set; }

    /// <summary>Order among the film's offers, from 1.</summary>
    public int Position { get; set; }

    public OfferKind Kind { get; set; }

    /// <summary>What the offer is called, for example "DVD with Spanish subtitles".</summary>
    public LocalizedText Label { get; set; } = new();

    public LocalizedText Description { get; set; } = new();

    /// <summary>The price as it should read, for example "$24.95" or "From $150, by audience size"; empty when free or not known.</summary>
    public LocalizedText Price { get; set; } = new();

    /// <summary>Where the film is offered: a web address (https://...) or a page of this site.</summary>
    public required string Url { get; set; }
}

internal sealed class FilmOfferConfiguration : IEntityTypeConfiguration<FilmOffer>
{
    public void Configure(EntityTypeBuilder<FilmOffer> entity)
    {
        entity.ToTable("FilmOffers");
        entity.Property(o => o.Url).HasMaxLength(FilmOfferLimits.Url);
        entity.HasIndex(o => new { o.FilmId, o.Position });
        entity.HasOne<Film>().WithMany().HasForeignKey(o => o.FilmId).OnDelete(DeleteBehavior.Cascade);
        Text(entity.ComplexProperty(o => o.Label), FilmOfferLimits.Label);
        Text(entity.ComplexProperty(o => o.Description), FilmOfferLimits.Description);
        Text(entity.ComplexProperty(o => o.Price), FilmOfferLimits.Price);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}

/// <summary>Column lengths, shared by the model, the service and the staff form.</summary>
public static class FilmOfferLimits
{
    public const int Label = 200;
    public const int Description = 1_000;
    public const int Price = 100;
    public const int Url = 500;
}
