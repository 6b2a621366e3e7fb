using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Press;

/// <summary>
/// A press room for the demo: three releases in both languages (one with its PDF, one still a
/// draft), coverage from fictional outlets on reserved .example addresses, and a media kit with a
/// logo and a fact sheet made in code (see <see cref="DemoFiles"/>).
/// </summary>
public static class PressDemo
{
    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<PressRelease>().AnyAsync(cancellationToken) || await db.Set<PressCoverage>().AnyAsync(cancellationToken))
        {
            return;
        }

        var today = DateTime.SpecifyKind(now.Date, DateTimeKind.Utc);
        var factSheet = DemoFiles.Store(db, DemoFiles.Pdf("Due process for everyone: the facts", [
            "In immigration court there is no right to a lawyer paid by the government. People may bring a lawyer only at no expense to the government.",
            "About 73% of mothers facing deportation never find a lawyer. People with a lawyer are far more likely to be released from detention and to win the protection they qualify for.",
            "The campaign asks Congress for a lawyer for children and for anyone who cannot afford one, enough time to prepare a case, and hearings people can follow in a language they understand.",
            "Debido proceso para todas las personas: en los tribunales de inmigracion no existe el derecho a un abogado pagado por el gobierno.",
        ]), "fact-sheet-due-process.pdf", now);
        var releasePdf = DemoFiles.Store(db, DemoFiles.Pdf("Film on fair hearings to screen in 40 cities", [
            "FOR IMMEDIATE RELEASE",
            "A Fair Hearing, a short documentary made with 32 partner organisations, will be shown in community centres, libraries and places of worship in 40 cities this autumn.",
            "Each screening is followed by a conversation with people who faced an immigration judge alone, and with lawyers who volunteer at detention centres.",
        ]), "release-screening-tour.pdf", now);
        var logo = DemoFiles.Store(db, DemoFiles.Png(1200, 630, Logo), "fairwatch-logo-wide.png", now);

        db.AddRange(
            new PressRelease
            {
                Slug = "screening-tour-40-cities",
                Title = T("Film on fair hearings to screen in 40 cities", "La película sobre audiencias justas se proyectará en 40 ciudades"),
                Summary = T(
                    "A Fair Hearing, made with 32 partner organisations, goes on a free community screening tour this autumn.",
                    "Una audiencia justa, realizada con 32 organizaciones aliadas, recorre este otoño 40 ciudades con proyecciones comunitarias gratuitas."),
                Body = T(
                    """
                    **For immediate release.** *A Fair Hearing*, a short documentary made together with 32 partner organisations, will be shown in community centres, libraries and places of worship in 40 cities this autumn.

                    Each screening is followed by a conversation with people who faced an immigration judge alone, and with lawyers who volunteer at detention centres.

                    "Most people have never seen an immigration court," said the campaign's coordinator. "Once they do, they understand why a fair hearing matters to all of us."

                    ## About the campaign

                    The due process campaign asks Congress to guarantee a lawyer for children and for anyone who cannot afford one.
                    """,
                    """
                    **Para su difusión inmediata.** *Una audiencia justa*, un documental breve realizado junto con 32 organizaciones aliadas, se proyectará este otoño en centros comunitarios, bibliotecas y lugares de culto de 40 ciudades.

                    Después de cada proyección habrá una conversación con personas que enfrentaron solas a un juez de inmigración y con abogadas y abogados voluntarios en centros de detención.

                    «La mayoría de la gente nunca ha visto un tribunal de inmigración», dijo la coordinadora de la campaña. «Cuando lo ven, entienden por qué una audiencia justa nos importa a todos».

                    ## Sobre la campaña

                    La campaña por el debido proceso pide al Congreso que garantice un abogado a la niñez y a toda persona que no pueda pagarlo.
                    """),
                ReleasedOn = today.AddDays(-6),
                IsPublished = true,
                PdfFileId = releasePdf.Id,
                PdfFileName = releasePdf.FileName,
                PdfFileSize = releasePdf.Size,
                CreatedAt = now,
                UpdatedAt = now,
            },
            new PressRelease
            {
                Slug = "report-detention-medical-neglect",
                Title = T("New report documents medical neglect in immigration detention", "Un nuevo informe documenta la negligencia médica en la detención migratoria"),
                Summary = T(
                    "Volunteers who visit detention centres recorded 212 requests for medical care that went unanswered for more than a week.",
                    "Las personas voluntarias que visitan centros de detención registraron 212 pedidos de atención médica sin respuesta durante más de una semana."),
                Body = T(
                    """
                    Volunteers of the visitation network recorded every request for medical help they heard about during their visits over twelve months. **212 requests went unanswered for more than a week.**

                    The report, based on visit reports and hotline calls, names the facilities where delays were longest and asks the oversight office to investigate.
                    """,
                    """
                    Las personas voluntarias de la red de visitas registraron cada pedido de ayuda médica del que supieron durante sus visitas a lo largo de doce meses. **212 pedidos quedaron sin respuesta durante más de una semana.**

                    El informe, basado en los reportes de visitas y en las llamadas a la línea de ayuda, nombra los centros con las demoras más largas y pide a la oficina de supervisión que investigue.
                    """),
                ReleasedOn = today.AddDays(-40),
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
            },
            new PressRelease
            {
                Slug = "statement-on-hearing-backlog",
                Title = T("Statement on the immigration court backlog (draft)", "Declaración sobre el retraso en los tribunales de inmigración (borrador)"),
                Summary = T("A draft that only staff can see until it is published.", "Un borrador que solo el personal puede ver hasta que se publique."),
                Body = T("Draft text, to be completed before publication.", "Texto en borrador, que se completará antes de publicarlo."),
                ReleasedOn = today,
                CreatedAt = now,
                UpdatedAt = now,
            });

        db.AddRange(
            Coverage("El Paso Courier", "Volunteers fill the gap as families face immigration judges alone", "en", today.AddDays(-3), "https://elpaso-courier.example/news/volunteers-fill-the-gap", now),
            Coverage("La Voz del Valle", "Una película lleva la lucha por audiencias justas a bibliotecas y parroquias", "es", today.AddDays(-5), "https://lavozdelvalle.example/cultura/audiencias-justas", now),
            Coverage("Public Radio Southwest", "A short film asks: what would you say to the judge?", "en", today.AddDays(-12), "https://prsw.example/stories/what-would-you-say", now),
            Coverage("Capitol Ledger", "Advocates press Congress on right to counsel in deportation cases", "en", today.AddDays(-38), "https://capitol-ledger.example/2026/right-to-counsel", now));

        db.AddRange(
            new MediaKitItem
            {
                Position = 1,
                Title = T("Logo, wide (PNG)", "Logotipo, horizontal (PNG)"),
                Description = T("For articles and social media previews, on a dark green background.", "Para artículos y vistas previas en redes sociales, sobre fondo verde oscuro."),
                FileId = logo.Id,
                FileName = logo.FileName,
                Kind = logo.Kind,
                FileSize = logo.Size,
                Width = logo.Width,
                Height = logo.Height,
                CreatedAt = now,
            },
            new MediaKitItem
            {
                Position = 2,
                Title = T("Fact sheet: due process for everyone", "Ficha informativa: debido proceso para todas las personas"),
                Description = T("The campaign's key figures and what it asks of Congress, on one page.", "Las cifras clave de la campaña y lo que pide al Congreso, en una página."),
                FileId = factSheet.Id,
                FileName = factSheet.FileName,
                Kind = factSheet.Kind,
                FileSize = factSheet.Size,
                CreatedAt = now,
            });

        await db.SaveChangesAsync(cancellationToken);
    }

    // Brand green with a pale ring and bar: simple shapes that compress to a few kilobytes.
    private static (byte R, byte G, byte B) Logo(int x, int y)
    {
        var dx = x - 315;
        var dy = y - 315;
        var distance = Math.Sqrt((dx * dx) + (dy * dy));
        var inRing = distance is > 150 and < 200;
        var inBar = x is > 560 and < 1050 && y is > 290 and < 340;
        return inRing || inBar ? ((byte)0xF2, (byte)0xC1, (byte)0x4E) : ((byte)0x0B, (byte)0x5D, (byte)0x4B);
    }

    private static PressCoverage Coverage(string outlet, string headline, string language, DateTime publishedOn, string url, DateTime now) =>
        new() { Outlet = outlet, Headline = headline, Language = language, PublishedOn = publishedOn, Url = url, CreatedAt = now };

    private static LocalizedText T(string en, string es) => LocalizedText.From(en, es);
}
