using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Campaigns;

/// <summary>A demo campaign in both languages, so a first run looks like a real campaign site.</summary>
public static class CampaignDemo
{
    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<Campaign>().AnyAsync(cancellationToken))
        {
            return;
        }

        var campaign = new Campaign
        {
            Slug = "due-process",
            Title = T("Due process for all", "Debido proceso para todos"),
            Call = T("Denying fairness to some puts all our freedoms at risk.", "Negar la justicia a algunas personas pone en riesgo las libertades de todos."),
            About = T(
                """
                Every person facing deportation deserves a fair hearing: a judge who can weigh their whole story, time to prepare, and a lawyer when they cannot afford one. Today many go before an immigration judge alone. About **73% of mothers facing deportation never find a lawyer**, and with one their chances change completely.

                This campaign brings together legal aid groups, faith communities and families to ask Congress to restore fairness to immigration courts:

                - a right to counsel for children and people who cannot pay;
                - judges free to consider each person's circumstances;
                - an end to detention as the default while a case is heard.
                """,
                """
                Toda persona que enfrenta la deportación merece una audiencia justa: un juez que pueda considerar toda su historia, tiempo para prepararse y un abogado cuando no puede pagarlo. Hoy muchas personas llegan solas ante un juez de inmigración. Cerca del **73 % de las madres que enfrentan la deportación nunca encuentran abogado**, y con uno sus posibilidades cambian por completo.

                Esta campaña une a organizaciones de ayuda legal, comunidades de fe y familias para pedir al Congreso que devuelva la justicia a los tribunales de inmigración:

                - derecho a representación legal para niños y personas que no pueden pagar;
                - jueces libres de considerar las circunstancias de cada persona;
                - que la detención deje de ser la norma mientras se decide un caso.
                """),
            Status = CampaignStatus.Active,
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
            Ladder =
            [
                new() { Position = 1, Url = "/act/due-process-letter", Title = T("Tell Congress to restore fairness", "Pida al Congreso que devuelva la justicia"), Description = T("Write to your senators and representative: find them from your ZIP code.", "Escriba a sus senadores y a su representante: encuéntrelos con su código postal.") },
                new() { Position = 2, Url = "/act/due-process-call", Title = T("Call your lawmakers", "Llame a sus legisladores"), Description = T("Two minutes on the phone with a script and each office's number.", "Dos minutos al teléfono, con un guion y el número de cada oficina.") },
                new() { Position = 3, Url = "/act/due-process-post", Title = T("Post during the hearing", "Publique durante la audiencia"), Description = T("Tell your own lawmakers, in public, where you stand.", "Diga a sus propios legisladores, en público, lo que piensa.") },
                new() { Position = 4, Url = "/campaigns/due-process/updates.atom", Title = T("Follow the campaign", "Siga la campaña"), Description = T("Get every update in your feed reader, without giving us your e-mail address.", "Reciba cada novedad en su lector de noticias, sin darnos su correo.") },
                new() { Position = 5, Url = "/safety", Title = T("Share safely", "Comparta con seguridad"), Description = T("Before you share, read how to protect people who may be watched.", "Antes de compartir, lea cómo proteger a quienes pueden estar vigilados.") },
            ],
            Figures =
            [
                new() { Position = 1, Label = T("People reached", "Personas alcanzadas"), Value = 100_000, AsOf = now.Date.AddDays(-30) },
                new() { Position = 2, Label = T("Video views", "Vistas de los videos"), Value = 322_000, AsOf = now.Date.AddDays(-30) },
                new() { Position = 3, Label = T("Partner organisations", "Organizaciones aliadas"), Value = 20, AsOf = now.Date.AddDays(-30) },
            ],
            Updates =
            [
                new() { PublishedAt = now.Date.AddDays(-2), Title = T("Thank you! Nearly 400 of you signed in three days", "¡Gracias! Casi 400 firmaron en tres días"), Body = T("Your signatures were delivered to the Secretary's office this morning. The next step is Congress: find your lawmakers and write to them this week.", "Sus firmas llegaron esta mañana a la oficina del Secretario. El siguiente paso es el Congreso: encuentre a sus legisladores y escríbales esta semana.") },
                new() { PublishedAt = now.Date.AddDays(-20), Title = T("Our short film passes 300,000 views", "Nuestro cortometraje supera las 300.000 vistas"), Body = T("The five-minute film made with more than thirty partners is now being screened in churches, schools and community centres.", "El cortometraje de cinco minutos, hecho con más de treinta aliados, ya se proyecta en iglesias, escuelas y centros comunitarios.") },
                new() { PublishedAt = now.Date.AddDays(-60), Title = T("The campaign begins", "Comienza la campaña"), Body = T("Today twenty organisations launch a common call for due process in immigration courts.", "Hoy veinte organizaciones lanzan un llamado común por el debido proceso en los tribunales de inmigración.") },
            ],
            Partners =
            [
                new() { Position = 1, Name = "Community Legal Aid Network" },
                new() { Position = 2, Name = "Faith Leaders for Due Process" },
                new() { Position = 3, Name = "Immigrant Youth Collective" },
            ],
        };
        db.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static LocalizedText T(string en, string es) => new() { En = en.Trim(), Es = es.Trim() };
}
