using Fairwatch.Actions.Cwc;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Actions;

/// <summary>A letter, a call and a social action for the demo campaign, which its ladder links to.</summary>
public static class ActionDemo
{
    public const string LetterSlug = "due-process-letter";
    public const string CallSlug = "due-process-call";
    public const string SocialSlug = "due-process-post";

    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Slug == "due-process", cancellationToken);
        if (campaign is null || await db.Set<CampaignAction>().AnyAsync(cancellationToken))
        {
            return;
        }

        db.AddRange(
            new CampaignAction
            {
                CampaignId = campaign.Id,
                Kind = ActionKind.Letter,
                Slug = LetterSlug,
                Title = T("Write to Congress: restore due process", "Escriba al Congreso: que devuelva el debido proceso"),
                Intro = T(
                    "Every person facing deportation deserves a fair hearing. Ask your senators and your representative to support a right to counsel in immigration court. Your letter goes to their offices with your name and address, because they answer their own constituents.",
                    "Toda persona que enfrenta la deportación merece una audiencia justa. Pida a sus senadores y a su representante que apoyen el derecho a un abogado en los tribunales de inmigración. Su carta llega a sus oficinas con su nombre y dirección, porque responden a sus propios electores."),
                Lawmakers = LawmakerTargets.Both,
                Subject = T("Restore due process in immigration courts", "Restablezcan el debido proceso en los tribunales de inmigración"),
                Letter = T(
                    """
                    As your constituent, I ask you to restore fairness to our immigration courts.

                    Today many people, including children, face an immigration judge alone. About 73% of mothers facing deportation never find a lawyer, and with one their chances change completely.

                    Please support a right to counsel for children and for people who cannot pay, let judges weigh each person's whole story, and end detention as the default while a case is heard.

                    Denying fairness to some puts all our freedoms at risk. I look forward to your answer.
                    """,
                    """
                    Como su elector, le pido que devuelva la justicia a nuestros tribunales de inmigración.

                    Hoy muchas personas, incluso niños, se presentan solas ante un juez de inmigración. Cerca del 73 % de las madres que enfrentan la deportación nunca encuentran abogado, y con uno sus posibilidades cambian por completo.

                    Le pido que apoye el derecho a representación legal para los niños y para quienes no pueden pagarla, que los jueces puedan considerar toda la historia de cada persona, y que la detención deje de ser la norma mientras se decide un caso.

                    Negar la justicia a algunas personas pone en riesgo las libertades de todos. Quedo a la espera de su respuesta.
                    """),
                TalkingPoints = T(
                    "- Say where you live and why this matters to you.\n- A right to counsel for children and people who cannot pay.\n- Judges free to consider each person's circumstances.\n- No detention by default while a case is heard.",
                    "- Diga dónde vive y por qué le importa.\n- Derecho a un abogado para niños y personas que no pueden pagar.\n- Jueces libres de considerar las circunstancias de cada persona.\n- Que la detención no sea la norma mientras se decide un caso."),
                SupporterMayEdit = true,
                Topic = LibraryOfCongressTopics.Immigration,
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = now,
            },
            new CampaignAction
            {
                CampaignId = campaign.Id,
                Kind = ActionKind.Call,
                Slug = CallSlug,
                Title = T("Call your lawmakers", "Llame a sus legisladores"),
                Intro = T(
                    "A call takes two minutes and offices count every one. Call the Washington office, or the nearest office at home if the line is busy.",
                    "Una llamada toma dos minutos y las oficinas cuentan cada una. Llame a la oficina de Washington, o a la oficina más cercana si la línea está ocupada."),
                Lawmakers = LawmakerTargets.Both,
                Script = T(
                    "Hello, my name is **[your name]** and I live in **[your town]**.\n\nI'm calling to ask the senator (or representative) to support due process in immigration courts: a right to counsel for children and people who cannot pay, and no detention by default while a case is heard.\n\nThank you.",
                    "Hola, me llamo **[su nombre]** y vivo en **[su ciudad]**.\n\nLlamo para pedir al senador (o representante) que apoye el debido proceso en los tribunales de inmigración: derecho a un abogado para niños y personas que no pueden pagar, y que la detención no sea la norma mientras se decide un caso.\n\nGracias."),
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = now,
            },
            new CampaignAction
            {
                CampaignId = campaign.Id,
                Kind = ActionKind.Social,
                Slug = SocialSlug,
                Title = T("Post during the hearing", "Publique durante la audiencia"),
                Intro = T(
                    "While Congress debates immigration courts, tell your own lawmakers where you stand, in public.",
                    "Mientras el Congreso debate sobre los tribunales de inmigración, diga a sus propios legisladores, en público, lo que piensa."),
                Lawmakers = LawmakerTargets.Both,
                Post = T(
                    "Everyone facing deportation deserves a fair hearing and a lawyer. Restore due process in immigration courts.",
                    "Toda persona que enfrenta la deportación merece una audiencia justa y un abogado. Devuelvan el debido proceso a los tribunales de inmigración."),
                Hashtags = "#DueProcess #FairHearings",
                IsPublished = true,
                CreatedAt = now,
                UpdatedAt = now,
                PublishedAt = now,
            });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static LocalizedText T(string en, string es) => new() { En = en.Trim().ReplaceLineEndings("\n"), Es = es.Trim().ReplaceLineEndings("\n") };
}
