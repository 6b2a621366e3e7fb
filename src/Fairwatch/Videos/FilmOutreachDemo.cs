using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Videos;

/// <summary>
/// The outreach side of the demo film "A Fair Hearing": ways to get it (DVD, streaming, an
/// educational licence, a free community screening kit), a poster made in code, and a few
/// comments, one of them waiting for moderation. Offers link to reserved .example addresses.
/// </summary>
public static class FilmOutreachDemo
{
    public const string FilmSlug = "a-fair-hearing";

    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        var film = await db.Set<Film>().SingleOrDefaultAsync(f => f.Slug == FilmSlug, cancellationToken);
        if (film is null || await db.Set<FilmOffer>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.AddRange(
            Offer(film, 1, OfferKind.Dvd, T("DVD with English and Spanish subtitles", "DVD con subtítulos en inglés y español"),
                T("Includes a 20-minute discussion guide for groups.", "Incluye una guía de conversación de 20 minutos para grupos."),
                T("$19.95", "19,95 USD"), "https://shop.example/films/a-fair-hearing-dvd"),
            Offer(film, 2, OfferKind.Streaming, T("Rent or buy online", "Alquilar o comprar en línea"),
                T("Watch on your computer, phone or television.", "Véala en su computadora, teléfono o televisor."),
                T("From $3.99", "Desde 3,99 USD"), "https://stream.example/watch/a-fair-hearing"),
            Offer(film, 3, OfferKind.EducationalLicence, T("Educational screening licence", "Licencia educativa de proyección"),
                T("For schools, universities and libraries: show the film to classes and public audiences, with a classroom guide.", "Para escuelas, universidades y bibliotecas: proyecte la película en clases y ante el público, con una guía para el aula."),
                T("From $150, depending on audience size", "Desde 150 USD, según el tamaño del público"), "https://distributor.example/licences/a-fair-hearing"),
            Offer(film, 4, OfferKind.Other, T("Free community screening kit", "Kit gratuito para proyecciones comunitarias"),
                T("For community groups and congregations that cannot pay for a licence: write to us and we will send the film and a host guide.", "Para grupos comunitarios y congregaciones que no pueden pagar una licencia: escríbanos y le enviaremos la película y una guía para anfitriones."),
                T("Free", "Gratis"), "/contact?topic=screenings"));

        var poster = DemoFiles.Store(db, DemoFiles.Png(1280, 720, Poster), "a-fair-hearing-poster.png", now);
        film.PosterFileId = poster.Id;
        film.PosterFileName = poster.FileName;

        db.AddRange(
            Comment(film, "Teresa", "teresa.demo@example.org",
                "We showed this at our parish hall last Sunday. Afterwards three people signed up to volunteer at the court.", now.AddDays(-4), CommentStatus.Approved),
            Comment(film, "Mr. Alvarez", "alvarez.demo@example.org",
                "Lo vi con mis estudiantes de secundaria. Muchos no sabían que no hay abogado gratuito en estos casos.", now.AddDays(-2), CommentStatus.Approved),
            Comment(film, "Sam", "sam.demo@example.org",
                "Is there a version with audio description?", now.AddHours(-5), CommentStatus.Pending));

        await db.SaveChangesAsync(cancellationToken);
    }

    // A dusk gradient with a pale horizon: a quiet background behind the play button.
    private static (byte R, byte G, byte B) Poster(int x, int y)
    {
        var t = y / 720.0;
        var horizon = Math.Abs(y - 470) < 3 && x > 160 && x < 1120;
        return horizon
            ? ((byte)0xF2, (byte)0xC1, (byte)0x4E)
            : ((byte)(0x43 - (0x30 * t)), (byte)(0x30 + (0x2D * t)), (byte)(0x6F - (0x24 * t)));
    }

    private static FilmOffer Offer(Film film, int position, OfferKind kind, LocalizedText label, LocalizedText description, LocalizedText price, string url) =>
        new() { FilmId = film.Id, Position = position, Kind = kind, Label = label, Description = description, Price = price, Url = url };

    private static Comment Comment(Film film, string name, string email, string body, DateTime at, CommentStatus status) => new()
    {
        TargetKind = CommentTargets.Film,
        TargetId = film.Id,
        Name = name,
        Email = email,
        Body = body,
        Status = status,
        CreatedAt = at,
        ModeratedAt = status == CommentStatus.Pending ? null : at.AddHours(1),
    };

    private static LocalizedText T(string en, string es) => LocalizedText.From(en, es);
}
