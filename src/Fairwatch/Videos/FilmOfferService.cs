using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Videos;

/// <summary>What staff type into the offer form; validated by <see cref="FilmOfferService"/>.</summary>
public sealed record OfferInput(
    OfferKind? Kind, string? LabelEn, string? LabelEs, string? DescriptionEn, string? DescriptionEs, string? PriceEn, string? PriceEs, string? Url);

/// <summary>A published film and the ways to get it, in the order staff chose.</summary>
public sealed record FilmWithOffers(Film Film, IReadOnlyList<FilmOffer> Offers);

/// <summary>"Get the film": the DVDs, streaming services and screening licences through which a film can be had.</summary>
public sealed class FilmOfferService(FairwatchDb db, IOutputCacheStore cache)
{
    /// <summary>Every published film that has offers, newest film first, each with its offers.</summary>
    public async Task<IReadOnlyList<FilmWithOffers>> ListPublishedAsync(CancellationToken cancellationToken = default)
    {
        var offers = await db.Set<FilmOffer>().AsNoTracking()
            .Where(o => db.Set<Film>().Any(f => f.Id == o.FilmId && f.IsPublished))
            .OrderBy(o => o.Position).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var filmIds = offers.Select(o => o.FilmId).Distinct().ToList();
        var films = await db.Set<Film>().AsNoTracking().Where(f => filmIds.Contains(f.Id))
            .OrderByDescending(f => f.MadeOn).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        return [.. films.Select(f => new FilmWithOffers(f, [.. offers.Where(o => o.FilmId == f.Id)]))];
    }

    public async Task<IReadOnlyList<FilmOffer>> ListForFilmAsync(int filmId, CancellationToken cancellationToken = default) =>
        await db.Set<FilmOffer>().AsNoTracking().Where(o => o.FilmId == filmId)
            .OrderBy(o => o.Position).ThenBy(o => o.Id)
            .ToListAsync(cancellationToken);

    public Task<FilmOffer?> FindAsync(int filmId, int offerId) =>
        db.Set<FilmOffer>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == offerId && o.FilmId == filmId);

    public async Task<ChangeResult> AddAsync(int filmId, OfferInput input)
    {
        if (!await db.Set<Film>().AnyAsync(f => f.Id == filmId))
        {
            return ChangeResult.Fail("This film does not exist.");
        }

        if (CheckFields(input) is [var problem, ..])
        {
            return problem;
        }

        var positions = await db.Set<FilmOffer>().Where(o => o.FilmId == filmId).Select(o => o.Position).ToListAsync();
        var offer = new FilmOffer { FilmId = filmId, Url = "", Position = Positions.Next(positions) };
        Apply(offer, input);
        db.Add(offer);
        return await SaveAndEvictAsync(() => offer.Id);
    }

    public async Task<ChangeResult> SaveAsync(int filmId, int offerId, OfferInput input)
    {
        var offer = await db.Set<FilmOffer>().SingleOrDefaultAsync(o => o.Id == offerId && o.FilmId == filmId);
        if (offer is null)
        {
            return ChangeResult.Fail("This offer does not exist any more.");
        }

        if (CheckFields(input) is [var problem, ..])
        {
            return problem;
        }

        Apply(offer, input);
        return await SaveAndEvictAsync(() => offer.Id);
    }

    public async Task<ChangeResult> MoveAsync(int filmId, int offerId, bool up)
    {
        var offers = await db.Set<FilmOffer>().Where(o => o.FilmId == filmId).ToListAsync();
        if (!Positions.Move(offers, o => o.Id == offerId, up, o => o.Position, (o, p) => o.Position = p))
        {
            return ChangeResult.Fail("This offer does not exist any more.");
        }

        return await SaveAndEvictAsync(() => null);
    }

    public async Task<ChangeResult> RemoveAsync(int filmId, int offerId)
    {
        var offers = await db.Set<FilmOffer>().Where(o => o.FilmId == filmId).ToListAsync();
        var offer = offers.SingleOrDefault(o => o.Id == offerId);
        if (offer is null)
        {
            return ChangeResult.Fail("This offer does not exist any more.");
        }

        db.Remove(offer);
        offers.Remove(offer);
        Positions.Renumber(offers, o => o.Position, (o, p) => o.Position = p);
        return await SaveAndEvictAsync(() => null);
    }

    /// <summary>Every problem with the form, in the form's order, so that staff see them all at once.</summary>
    public static IReadOnlyList<ChangeResult> CheckFields(OfferInput input)
    {
        var problems = new List<ChangeResult>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(ChangeResult.Fail("Choose what kind of offer this is.", nameof(OfferInput.Kind)));
        }

        if (string.IsNullOrWhiteSpace(input.LabelEn))
        {
            problems.Add(ChangeResult.Fail("An offer needs a name in English.", nameof(OfferInput.LabelEn)));
        }

        if (!Links.IsWebAddress(input.Url) && !Links.IsSiteAddress(input.Url))
        {
            problems.Add(ChangeResult.Fail("The link must be a web address starting with https:// or http://, or a page of this site starting with /.", nameof(OfferInput.Url)));
        }

        return problems;
    }

    private static void Apply(FilmOffer offer, OfferInput input)
    {
        offer.Kind = input.Kind!.Value;
        offer.Label = LocalizedText.From(input.LabelEn, input.LabelEs);
        offer.Description = LocalizedText.From(input.DescriptionEn, input.DescriptionEs);
        offer.Price = LocalizedText.From(input.PriceEn, input.PriceEs);
        offer.Url = input.Url!.Trim();
    }

    private async Task<ChangeResult> SaveAndEvictAsync(Func<int?> id)
    {
        await db.SaveChangesAsync();
        await cache.EvictByTagAsync(CampaignService.CacheTag, CancellationToken.None);
        return ChangeResult.Ok(id());
    }
}
