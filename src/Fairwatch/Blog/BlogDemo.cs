using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Blog;

/// <summary>
/// Three demo posts for the demo campaign, in both languages, with facts and their sources, sample
/// posts to share, a few published comments and one waiting for moderation. Government figures
/// link to the public pages they come from; figures from the (fictional) partner organisations
/// link to their reports on reserved .example addresses.
/// </summary>
public static class BlogDemo
{
    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<BlogAuthor>().AnyAsync(cancellationToken))
        {
            return;
        }

        // Seed data only: the demo campaign is looked up by its address to attach the posts to it.
        var campaignId = await db.Set<Campaign>().Where(c => c.Slug == "due-process").Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var today = now.Date;

        var author = new BlogAuthor
        {
            Name = "Marisol Ortega",
            Bio = T(
                "Marisol coordinates the due process campaign. Before that she spent eight years as a paralegal at a legal aid clinic near an immigration detention centre, preparing families for hearings.",
                "Marisol coordina la campaña por el debido proceso. Antes trabajó ocho años como asistente legal en una clínica de ayuda legal cerca de un centro de detención migratoria, preparando a familias para sus audiencias."),
            CreatedAt = now,
        };
        var dueProcess = Tag("due-process", "Due process", "Debido proceso");
        var legalHelp = Tag("legal-help", "Legal help", "Ayuda legal");
        var families = Tag("families", "Families", "Familias");
        var detention = Tag("detention", "Detention", "Detención");
        var alternatives = Tag("alternatives-to-detention", "Alternatives to detention", "Alternativas a la detención");

        var alone = new BlogPost
        {
            Slug = "alone-before-the-judge",
            Title = T("Alone before the judge", "Solas ante el juez"),
            Summary = T(
                "In immigration court there is no right to a free lawyer. For most mothers facing deportation, that means no lawyer at all.",
                "En los tribunales de inmigración no existe el derecho a un abogado gratuito. Para la mayoría de las madres que enfrentan la deportación, eso significa no tener abogado."),
            Body = T(
                """
                Picture a courtroom where the government is represented by a trained attorney, the rules are written in a language you do not read, and the outcome decides whether you stay with your children. Now picture standing there alone. For thousands of people every week, that is what an immigration hearing looks like.

                A criminal court must give a lawyer to anyone who cannot pay for one. An immigration court does not: immigration cases are civil, so people may bring a lawyer only "at no expense to the government". **About 73% of mothers facing deportation never find one.**

                Representation is not a formality. People with a lawyer are far more likely to be released from detention, to apply for the protection they qualify for, and to win it. Without one, a strong asylum claim can be lost because a form was filed late or a question was misunderstood.

                ## What we are asking for

                - a lawyer, paid for when necessary, for children and for anyone who cannot afford one;
                - enough time to prepare a case before the first hearing;
                - information about rights, in a language the person understands.

                Fairness for some is not fairness. Ask your members of Congress to support a right to counsel.
                """,
                """
                Imagine una sala donde el gobierno está representado por un abogado con experiencia, las reglas están escritas en un idioma que usted no lee y la decisión determina si podrá quedarse con sus hijos. Ahora imagine estar allí sola. Para miles de personas cada semana, así es una audiencia de inmigración.

                Un tribunal penal debe dar un abogado a quien no puede pagarlo. Un tribunal de inmigración no: los casos de inmigración son civiles, y la ley solo permite tener abogado "sin costo para el gobierno". **Cerca del 73 % de las madres que enfrentan la deportación nunca encuentran uno.**

                La representación legal no es un trámite. Quienes tienen abogado tienen muchas más probabilidades de salir de la detención, de solicitar la protección a la que tienen derecho y de obtenerla. Sin abogado, una solicitud de asilo sólida puede perderse por un formulario presentado tarde o una pregunta mal entendida.

                ## Lo que pedimos

                - un abogado, pagado cuando sea necesario, para los niños y para quien no pueda costearlo;
                - tiempo suficiente para preparar el caso antes de la primera audiencia;
                - información sobre sus derechos, en un idioma que la persona entienda.

                La justicia solo para algunos no es justicia. Pida a sus legisladores que apoyen el derecho a un abogado.
                """),
            Author = author,
            CampaignId = campaignId,
            PublishedAt = today.AddDays(-45),
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            Tags = [dueProcess, legalHelp],
            Facts =
            [
                Fact(1,
                    T("About 73% of mothers facing deportation never find a lawyer; with one, their chances of winning asylum rise sharply.",
                        "Cerca del 73 % de las madres que enfrentan la deportación nunca encuentran abogado; con uno, sus posibilidades de obtener asilo aumentan mucho."),
                    T("Community Legal Aid Network, report on representation in immigration court", "Community Legal Aid Network, informe sobre la representación en los tribunales de inmigración"),
                    "https://legal-aid-network.example/reports/representation"),
                Fact(2,
                    T("People in immigration court may have a lawyer, but the government does not provide one for those who cannot pay.",
                        "Las personas en los tribunales de inmigración pueden tener abogado, pero el gobierno no lo proporciona a quien no puede pagarlo."),
                    T("U.S. Department of Justice, Executive Office for Immigration Review", "Departamento de Justicia de EE. UU., Oficina Ejecutiva de Revisión de Casos de Inmigración"),
                    "https://www.justice.gov/eoir"),
            ],
            SocialPosts =
            [
                Social(1,
                    T("73% of mothers facing deportation never find a lawyer. No one should face a judge alone.", "El 73 % de las madres que enfrentan la deportación nunca encuentran abogado. Nadie debería estar solo ante un juez."),
                    T("#DueProcess #RightToCounsel", "#DebidoProceso #DerechoAUnAbogado")),
                Social(2,
                    T("In immigration court, a child can be asked to argue their own case. Tell Congress: every child deserves a lawyer.", "En un tribunal de inmigración, un niño puede tener que defender su propio caso. Dígale al Congreso: todo niño merece un abogado."),
                    T("#DueProcess #KidsNeedLawyers", "#DebidoProceso")),
            ],
        };

        var parents = new BlogPost
        {
            Slug = "forty-six-thousand-parents",
            Title = T("46,000 parents in six months", "46.000 padres y madres en seis meses"),
            Summary = T(
                "Behind a deportation statistic are children who come home from school to an empty house. Our short film tells one family's story in five minutes.",
                "Detrás de una cifra de deportaciones hay niños que vuelven de la escuela a una casa vacía. Nuestro cortometraje cuenta la historia de una familia en cinco minutos."),
            Body = T(
                """
                In the first six months of 2011 the United States deported more than 46,000 mothers and fathers of children who are U.S. citizens. Most of those children stayed. Some went to relatives, some to foster care, and many grew up with a parent they could only call.

                Judges often could not weigh any of this. When the law makes removal automatic, a parent's years in the country, their work and their children's needs do not enter the decision. That is what we mean by due process: a hearing where the whole story counts.

                Our short film, five minutes and twenty-two seconds long, follows one of those families from the morning of an arrest to a courtroom months later. More than thirty organisations helped make it, and it has been watched over 322,000 times. Watch it, share it, and host a screening where you live: it starts conversations that statistics cannot.

                When we asked for signatures against raids at schools and churches, nearly 400 of you signed within days. Thank you. Now let's take that energy to Congress.
                """,
                """
                En los primeros seis meses de 2011, Estados Unidos deportó a más de 46.000 madres y padres de niños con ciudadanía estadounidense. La mayoría de esos niños se quedaron. Algunos fueron con familiares, otros a hogares de acogida, y muchos crecieron con un padre o una madre a quien solo podían llamar por teléfono.

                Con frecuencia, los jueces no podían tener en cuenta nada de esto. Cuando la ley hace que la deportación sea automática, los años en el país, el trabajo y las necesidades de los hijos no cuentan en la decisión. A eso nos referimos con debido proceso: una audiencia en la que cuenta toda la historia.

                Nuestro cortometraje, de cinco minutos y veintidós segundos, sigue a una de esas familias desde la mañana de un arresto hasta una sala de tribunal meses después. Más de treinta organizaciones ayudaron a hacerlo, y se ha visto más de 322.000 veces. Véalo, compártalo y organice una proyección donde vive: abre conversaciones que las cifras no logran abrir.

                Cuando pedimos firmas contra las redadas en escuelas e iglesias, casi 400 personas firmaron en pocos días. Gracias. Ahora llevemos esa energía al Congreso.
                """),
            Author = author,
            CampaignId = campaignId,
            PublishedAt = today.AddDays(-21),
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            Tags = [dueProcess, families],
            Facts =
            [
                Fact(1,
                    T("From January to June 2011 the U.S. deported more than 46,000 parents of children who are U.S. citizens.",
                        "De enero a junio de 2011, EE. UU. deportó a más de 46.000 padres y madres de niños con ciudadanía estadounidense."),
                    T("U.S. Department of Homeland Security, immigration enforcement statistics", "Departamento de Seguridad Nacional de EE. UU., estadísticas de control migratorio"),
                    "https://www.dhs.gov/immigration-statistics"),
                Fact(2,
                    T("Our campaign has reached more than 100,000 people with over 20 partner organisations, and its short film has been viewed more than 322,000 times.",
                        "Nuestra campaña ha llegado a más de 100.000 personas con más de 20 organizaciones aliadas, y su cortometraje se ha visto más de 322.000 veces."),
                    T("Faith Leaders for Due Process, campaign report", "Faith Leaders for Due Process, informe de la campaña"),
                    "https://faith-leaders.example/due-process/report"),
            ],
            SocialPosts =
            [
                Social(1,
                    T("46,000 parents of U.S.-citizen children were deported in just six months. Every family deserves a fair hearing.", "46.000 padres y madres de niños estadounidenses fueron deportados en solo seis meses. Toda familia merece una audiencia justa."),
                    T("#DueProcess #FamiliesBelongTogether", "#DebidoProceso #FamiliasUnidas")),
            ],
        };

        var alternative = new BlogPost
        {
            Slug = "a-better-way-than-detention",
            Title = T("There is a better way than detention", "Hay una manera mejor que la detención"),
            Summary = T(
                "Locking people up while their case is heard is costly and cruel. Community support works, and the numbers show it.",
                "Encerrar a las personas mientras se decide su caso es caro y cruel. El apoyo comunitario funciona, y las cifras lo demuestran."),
            Body = T(
                """
                On one day this year more than 68,000 people were held in immigration detention: in county jails, in private prisons, in former warehouses far from lawyers and family. Most of them are not serving a sentence. They are waiting for a hearing.

                Detention is the most expensive way to make sure someone comes to court. The government's own budget put it at over $130 per person per day years ago, and its auditors found that estimate too low. Supervision in the community costs a small fraction of that, and people in it attend the great majority of their hearings.

                Volunteers in our partner network visit people in detention every week. They see what detention does to people who have committed no crime: missed medical care, months without seeing their children, hearings held by video. The same network now runs a community alternative, where host families and sponsors welcome people released from detention and help them get to every hearing. In its first eighteen months it secured the release of 284 people seeking asylum.

                Ending detention as the default is not a leap into the unknown. It is already working.
                """,
                """
                Un día de este año, más de 68.000 personas estaban en detención migratoria: en cárceles de condado, en prisiones privadas, en antiguos almacenes lejos de abogados y familiares. La mayoría no cumple ninguna condena. Están esperando una audiencia.

                La detención es la forma más cara de asegurar que alguien se presente ante el tribunal. El propio presupuesto del gobierno la calculó hace años en más de 130 dólares por persona y por día, y sus auditores concluyeron que la cifra se quedaba corta. La supervisión en la comunidad cuesta una pequeña parte de eso, y quienes participan asisten a la gran mayoría de sus audiencias.

                Las personas voluntarias de nuestra red aliada visitan cada semana a personas detenidas. Ven lo que la detención hace a quienes no han cometido ningún delito: atención médica que no llega, meses sin ver a sus hijos, audiencias por video. La misma red gestiona ahora una alternativa comunitaria, en la que familias de acogida y patrocinadores reciben a personas liberadas y las acompañan a cada audiencia. En sus primeros dieciocho meses logró la liberación de 284 solicitantes de asilo.

                Dejar de detener por defecto no es un salto al vacío. Ya está funcionando.
                """),
            Author = author,
            CampaignId = campaignId,
            PublishedAt = today.AddDays(-4),
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            Tags = [detention, alternatives],
            Facts =
            [
                Fact(1,
                    T("68,289 people were held in immigration detention on the date of ICE's fiscal year 2026 statistics.",
                        "68.289 personas estaban en detención migratoria en la fecha de las estadísticas del año fiscal 2026 de ICE."),
                    T("U.S. Immigration and Customs Enforcement, detention statistics", "Servicio de Inmigración y Control de Aduanas de EE. UU. (ICE), estadísticas de detención"),
                    "https://www.ice.gov/detain/detention-management"),
                Fact(2,
                    T("ICE put the cost of an adult detention bed at $132.90 per person per day in 2017; the Government Accountability Office found its estimates consistently too low.",
                        "ICE calculó el costo de una cama de detención para adultos en 132,90 dólares por persona y por día en 2017; la Oficina de Rendición de Cuentas del Gobierno concluyó que sus cálculos eran sistemáticamente bajos."),
                    T("U.S. Government Accountability Office, report GAO-18-343", "Oficina de Rendición de Cuentas del Gobierno de EE. UU., informe GAO-18-343"),
                    "https://www.gao.gov/products/gao-18-343"),
                Fact(3,
                    T("People in ICE's alternatives to detention programme attended 87.5% of their court hearings in fiscal year 2026.",
                        "Las personas en el programa de alternativas a la detención de ICE asistieron al 87,5 % de sus audiencias en el año fiscal 2026."),
                    T("U.S. Immigration and Customs Enforcement, detention statistics", "Servicio de Inmigración y Control de Aduanas de EE. UU. (ICE), estadísticas de detención"),
                    "https://www.ice.gov/detain/detention-management"),
                Fact(4,
                    T("A community-based alternative to detention secured the release of 284 asylum seekers in its first 18 months.",
                        "Una alternativa comunitaria a la detención logró la liberación de 284 solicitantes de asilo en sus primeros 18 meses."),
                    T("Detention Visitation Network, community alternative report", "Detention Visitation Network, informe de la alternativa comunitaria"),
                    "https://visitation-network.example/community-alternative"),
                Fact(5,
                    T("A network of 4,500 volunteers makes more than 150,000 visits a year to 69 of the largest detention facilities, and runs a national hotline for people in detention.",
                        "Una red de 4.500 personas voluntarias hace más de 150.000 visitas al año a 69 de los mayores centros de detención, y atiende una línea nacional para personas detenidas."),
                    T("Detention Visitation Network, annual report", "Detention Visitation Network, informe anual"),
                    "https://visitation-network.example/annual-report"),
            ],
            SocialPosts =
            [
                Social(1,
                    T("Detention costs over $130 a day per person. Community support costs a fraction and people still make their court dates.", "La detención cuesta más de 130 dólares por persona y por día. El apoyo comunitario cuesta una fracción, y las personas siguen acudiendo a sus audiencias."),
                    T("#CommunitiesNotCages #DueProcess", "#ComunidadesNoJaulas #DebidoProceso")),
                Social(2,
                    T("4,500 volunteers visit people in immigration detention so no one is forgotten. Find out how to join them.", "4.500 personas voluntarias visitan a personas en detención migratoria para que nadie quede en el olvido. Descubra cómo sumarse."),
                    T("#EndIsolation #CommunitiesNotCages", "#ComunidadesNoJaulas")),
            ],
        };

        db.AddRange(alone, parents, alternative);
        await db.SaveChangesAsync(cancellationToken);

        db.AddRange(
            Comment(alone, "Rosa", "rosa.demo@example.org",
                "I went to my first hearing without a lawyer and I did not understand half of what the judge said.\nA volunteer found me a lawyer for the second one. It changed everything.",
                now.AddDays(-44), CommentStatus.Approved),
            Comment(alone, "Pastor Daniel", "daniel.demo@example.org",
                "Our congregation is hosting a screening next month. Thank you for making these facts so easy to share.",
                now.AddDays(-40), CommentStatus.Approved),
            Comment(parents, "Kevin M.", "kevin.demo@example.org",
                "My father was deported when I was nine. I wish a judge had been allowed to hear about us.",
                now.AddDays(-19), CommentStatus.Approved),
            Comment(alternative, "Lupe", "lupe.demo@example.org",
                "Is there a way to become a host family? We have a spare room.",
                now.AddDays(-2), CommentStatus.Pending));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static LocalizedText T(string en, string es) => new() { En = en.Trim(), Es = es.Trim() };

    private static BlogTag Tag(string slug, string en, string es) => new() { Slug = slug, Name = T(en, es) };

    private static BlogFact Fact(int position, LocalizedText text, LocalizedText source, string url) =>
        new() { Position = position, Text = text, SourceTitle = source, SourceUrl = url };

    private static BlogSocialPost Social(int position, LocalizedText text, LocalizedText hashtags) =>
        new() { Position = position, Text = text, Hashtags = hashtags };

    private static Comment Comment(BlogPost post, string name, string email, string body, DateTime at, CommentStatus status) => new()
    {
        TargetKind = CommentTargets.Post,
        TargetId = post.Id,
        Name = name,
        Email = email,
        Body = body,
        Status = status,
        CreatedAt = at,
        ModeratedAt = status == CommentStatus.Pending ? null : at.AddHours(3),
    };
}
