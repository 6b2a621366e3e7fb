using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Videos;

/// <summary>
/// A dozen films for the demo due-process campaign, in both languages. The video ids are
/// well-formed placeholders: nothing is fetched from YouTube or Vimeo until someone presses play.
/// </summary>
public static class FilmDemo
{
    public const string CampaignSlug = "due-process";

    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<Film>().AnyAsync(cancellationToken))
        {
            return;
        }

        // Seeding only: the demo films join the demo campaign, which CampaignDemo has just created.
        var campaignId = await db.Set<Campaign>().Where(c => c.Slug == CampaignSlug).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (campaignId is null)
        {
            return;
        }

        var dueProcess = Issue("due-process", "Due process", "Debido proceso");
        var counsel = Issue("right-to-counsel", "Right to counsel", "Derecho a un abogado");
        var detention = Issue("immigration-detention", "Immigration detention", "Detención migratoria");
        var families = Issue("family-unity", "Family unity", "Unidad familiar");
        var children = Issue("children-and-youth", "Children and youth", "Niñez y juventud");
        var asylum = Issue("asylum", "Asylum", "Asilo");
        var women = Issue("womens-rights", "Women's rights", "Derechos de las mujeres");
        var faith = Issue("faith-and-community", "Faith and community", "Fe y comunidad");
        var health = Issue("health-care-in-detention", "Health care in detention", "Atención médica en detención");

        var films = new List<Film>
        {
            new()
            {
                Slug = "a-fair-hearing",
                Title = T("A Fair Hearing", "Una audiencia justa"),
                MadeOn = new DateOnly(2024, 9, 12),
                LengthSeconds = 5 * 60 + 22,
                VideoHost = VideoHost.YouTube,
                VideoId = "Fw1FairHear",
                MadeBy = T("Due Process Media Collective, made together with 32 partner organisations", "Colectivo de Medios por el Debido Proceso, junto con 32 organizaciones aliadas"),
                Location = T("Los Angeles, California, and El Paso, Texas", "Los Ángeles, California, y El Paso, Texas"),
                Goal = T("Move people who have never seen an immigration court to ask Congress for a fair hearing for everyone facing deportation.", "Mover a quienes nunca han visto un tribunal de inmigración a pedir al Congreso una audiencia justa para toda persona que enfrenta la deportación."),
                Audience = T("Voters who value fairness and have no personal tie to the immigration system.", "Votantes que valoran la justicia y no tienen un vínculo personal con el sistema de inmigración."),
                Message = T("Denying fairness to some puts all our freedoms at risk.", "Negar la justicia a algunas personas pone en riesgo las libertades de todos."),
                ContentNotes = T("Hand-drawn animation over the recorded voices of three families. No images of violence; suitable for classrooms from age twelve.", "Animación dibujada a mano sobre las voces grabadas de tres familias. Sin imágenes de violencia; apta para aulas desde los doce años."),
                Transcript = T(
                    """
                    **Narrator:** Imagine being told to defend yourself in a court whose language you do not speak, under laws you have never read, with no lawyer beside you.

                    **Rosa:** The judge asked me questions. I understood maybe half. My son was waiting outside.

                    **Narrator:** Every year thousands of people face an immigration judge alone. Many of them are parents. Some of them are children.

                    **Daniel:** A lawyer does not decide the case. A lawyer makes sure the judge hears it.

                    **Narrator:** A fair hearing is not a favour. It is what every court owes every person in it. Ask Congress to restore it.
                    """,
                    """
                    **Narrador:** Imagine que le piden defenderse en un tribunal cuyo idioma no habla, según leyes que nunca ha leído, sin un abogado a su lado.

                    **Rosa:** El juez me hacía preguntas. Entendí tal vez la mitad. Mi hijo esperaba afuera.

                    **Narrador:** Cada año miles de personas enfrentan solas a un juez de inmigración. Muchas son madres y padres. Algunas son niños.

                    **Daniel:** Un abogado no decide el caso. Un abogado se asegura de que el juez lo escuche.

                    **Narrador:** Una audiencia justa no es un favor. Es lo que todo tribunal le debe a cada persona que está ante él. Pida al Congreso que la restituya.
                    """),
                CaptionsUrl = "https://www.youtube.com/watch?v=Fw1FairHear&cc_load_policy=1",
                Issues = [dueProcess, counsel, families],
            },
            new()
            {
                Slug = "alone-before-the-judge",
                Title = T("Alone Before the Judge", "Solos ante el juez"),
                MadeOn = new DateOnly(2023, 11, 3),
                LengthSeconds = 12 * 60 + 40,
                VideoHost = VideoHost.Vimeo,
                VideoId = "900000102",
                MadeBy = T("Immigrant Youth Collective", "Colectivo de Jóvenes Inmigrantes"),
                Location = T("Houston, Texas", "Houston, Texas"),
                Goal = T("Show why children need a lawyer in immigration court, and build support for appointed counsel.", "Mostrar por qué los niños necesitan un abogado en el tribunal de inmigración y sumar apoyo a la representación legal gratuita."),
                Audience = T("Teachers, parents and youth groups.", "Docentes, madres, padres y grupos juveniles."),
                Message = T("No child should have to argue their own case.", "Ningún niño debería tener que defender su propio caso."),
                ContentNotes = T("Observational documentary following two teenagers over a year. Faces of minors are blurred and names changed.", "Documental de observación que sigue a dos adolescentes durante un año. Los rostros de menores están difuminados y los nombres cambiados."),
                Issues = [counsel, children, dueProcess],
            },
            new()
            {
                Slug = "the-mothers-line",
                Title = T("The Mothers' Line", "La línea de las madres"),
                MadeOn = new DateOnly(2024, 3, 8),
                LengthSeconds = 8 * 60 + 15,
                VideoHost = VideoHost.YouTube,
                VideoId = "Fw3MothersL",
                MadeBy = T("Community Legal Aid Network", "Red Comunitaria de Ayuda Legal"),
                Location = T("Atlanta, Georgia", "Atlanta, Georgia"),
                Goal = T("Make visible how few mothers facing deportation ever find a lawyer, and what changes when they do.", "Hacer visible cuán pocas madres que enfrentan la deportación encuentran abogado, y qué cambia cuando lo encuentran."),
                Audience = T("Women's organisations and faith communities.", "Organizaciones de mujeres y comunidades de fe."),
                Message = T("With a lawyer, a mother's chance of staying with her children changes completely.", "Con un abogado, la posibilidad de que una madre se quede con sus hijos cambia por completo."),
                ContentNotes = T("Interviews filmed at a legal aid hotline, with the callers' voices only. Mentions of domestic violence.", "Entrevistas filmadas en una línea de ayuda legal, solo con las voces de quienes llaman. Menciona violencia doméstica."),
                Issues = [women, counsel, families],
            },
            new()
            {
                Slug = "behind-the-fence",
                Title = T("Behind the Fence", "Detrás de la cerca"),
                MadeOn = new DateOnly(2022, 6, 20),
                LengthSeconds = 18 * 60 + 3,
                VideoHost = VideoHost.Vimeo,
                VideoId = "900000104",
                MadeBy = T("Detention Watch Visitors, with former detainees", "Visitantes de Vigilancia de la Detención, con personas antes detenidas"),
                Location = T("Adelanto, California", "Adelanto, California"),
                Goal = T("Document conditions inside a privately run detention centre through the accounts of people held there.", "Documentar las condiciones dentro de un centro de detención privado a través de los relatos de quienes estuvieron allí."),
                Audience = T("Journalists, oversight staff and state legislators.", "Periodistas, personal de supervisión y legisladores estatales."),
                Message = T("Detention is not a waiting room: people are harmed there every day.", "La detención no es una sala de espera: allí se daña a las personas cada día."),
                ContentNotes = T("Testimony and drawings made by former detainees. Describes medical neglect and solitary confinement.", "Testimonios y dibujos hechos por personas antes detenidas. Describe negligencia médica y aislamiento."),
                Issues = [detention, health],
            },
            new()
            {
                Slug = "a-dollar-a-minute",
                Title = T("A Dollar a Minute", "Un dólar por minuto"),
                MadeOn = new DateOnly(2023, 4, 14),
                LengthSeconds = 4 * 60 + 10,
                VideoHost = VideoHost.YouTube,
                VideoId = "Fw5DollarMn",
                MadeBy = T("Families Apart Project", "Proyecto Familias Separadas"),
                Location = T("Phoenix, Arizona", "Phoenix, Arizona"),
                Goal = T("Explain how the cost of phone calls from detention cuts people off from their families and their lawyers.", "Explicar cómo el costo de las llamadas desde la detención aísla a las personas de sus familias y de sus abogados."),
                Audience = T("Supporters on social media.", "Simpatizantes en redes sociales."),
                Message = T("Staying in touch with your family should not depend on what you can pay.", "Mantener el contacto con la familia no debería depender de lo que uno pueda pagar."),
                ContentNotes = T("Short, fast-paced explainer with on-screen text; made to be shared.", "Explicación breve y ágil con texto en pantalla; hecha para compartir."),
                Issues = [detention, families],
            },
            new()
            {
                Slug = "what-the-judge-could-not-hear",
                Title = T("What the Judge Could Not Hear", "Lo que el juez no pudo escuchar"),
                MadeOn = new DateOnly(2024, 1, 25),
                LengthSeconds = 9 * 60 + 48,
                VideoHost = VideoHost.YouTube,
                VideoId = "Fw6JudgeNot",
                MadeBy = T("Due Process Media Collective", "Colectivo de Medios por el Debido Proceso"),
                Location = T("Newark, New Jersey", "Newark, Nueva Jersey"),
                Goal = T("Show how laws that require deportation stop judges from weighing a person's whole life.", "Mostrar cómo las leyes que imponen la deportación impiden a los jueces considerar la vida entera de una persona."),
                Audience = T("Lawyers, law students and bar associations.", "Abogados, estudiantes de derecho y colegios de abogados."),
                Message = T("A judge who cannot listen cannot be fair.", "Un juez que no puede escuchar no puede ser justo."),
                ContentNotes = T("Conversations with two retired immigration judges and the families whose cases they remember.", "Conversaciones con dos jueces de inmigración jubilados y las familias cuyos casos recuerdan."),
                Issues = [dueProcess],
            },
            new()
            {
                Slug = "sanctuary-sunday",
                Title = T("Sanctuary Sunday", "Domingo de santuario"),
                MadeOn = new DateOnly(2023, 8, 6),
                LengthSeconds = 6 * 60 + 30,
                VideoHost = VideoHost.Vimeo,
                VideoId = "900000107",
                MadeBy = T("Faith Leaders for Due Process", "Líderes de Fe por el Debido Proceso"),
                Location = T("Chicago, Illinois", "Chicago, Illinois"),
                Goal = T("Invite congregations to accompany neighbours to court and to host screenings.", "Invitar a las congregaciones a acompañar a sus vecinos al tribunal y a organizar proyecciones."),
                Audience = T("Congregations of every faith.", "Congregaciones de todas las creencias."),
                Message = T("Welcoming the stranger includes standing beside them in court.", "Acoger al forastero incluye acompañarlo ante el tribunal."),
                ContentNotes = T("Warm, hopeful portrait of three congregations; music by a church choir.", "Retrato cálido y esperanzador de tres congregaciones; música de un coro parroquial."),
                Issues = [faith, dueProcess],
            },
            new()
            {
                Slug = "know-your-rights-at-the-door",
                Title = T("Know Your Rights at the Door", "Conozca sus derechos en la puerta"),
                MadeOn = new DateOnly(2025, 2, 10),
                LengthSeconds = 3 * 60 + 5,
                VideoHost = VideoHost.YouTube,
                VideoId = "Fw8KnowRght",
                MadeBy = T("Community Legal Aid Network", "Red Comunitaria de Ayuda Legal"),
                Location = T("Miami, Florida", "Miami, Florida"),
                Goal = T("Teach families what to do if immigration officers come to their home.", "Enseñar a las familias qué hacer si agentes de inmigración llegan a su casa."),
                Audience = T("Immigrant families; made first in Spanish.", "Familias inmigrantes; hecho primero en español."),
                Message = T("You have the right to stay silent and to keep the door closed without a warrant signed by a judge.", "Usted tiene derecho a guardar silencio y a mantener la puerta cerrada si no hay una orden firmada por un juez."),
                ContentNotes = T("Simple illustrated guide with a calm voice-over; no legal jargon.", "Guía ilustrada sencilla con una narración tranquila; sin jerga legal."),
                Transcript = T(
                    """
                    1. Do not open the door. Ask the officers to show any warrant through the window or under the door.
                    2. A warrant must be signed by a judge and carry your name and address.
                    3. You have the right to stay silent. Do not sign anything you do not understand.
                    4. Call a legal aid line and write down what happened.
                    """,
                    """
                    1. No abra la puerta. Pida a los agentes que muestren cualquier orden por la ventana o por debajo de la puerta.
                    2. Una orden debe estar firmada por un juez y llevar su nombre y su dirección.
                    3. Usted tiene derecho a guardar silencio. No firme nada que no entienda.
                    4. Llame a una línea de ayuda legal y anote lo que pasó.
                    """),
                Issues = [dueProcess, families],
            },
            new()
            {
                Slug = "the-bond-hearing",
                Title = T("The Bond Hearing", "La audiencia de fianza"),
                MadeOn = new DateOnly(2022, 10, 18),
                LengthSeconds = 11 * 60 + 20,
                VideoHost = VideoHost.Vimeo,
                VideoId = "900000109",
                MadeBy = T("Detention Watch Visitors", "Visitantes de Vigilancia de la Detención"),
                Location = T("San Antonio, Texas", "San Antonio, Texas"),
                Goal = T("Show how months in detention can hinge on one short hearing, and why people need a lawyer for it.", "Mostrar cómo meses de detención pueden depender de una audiencia breve, y por qué se necesita un abogado para ella."),
                Audience = T("Donors to bond funds and community groups.", "Donantes de fondos de fianza y grupos comunitarios."),
                Message = T("Freedom while a case is heard should be the rule, not the exception.", "La libertad mientras se decide un caso debería ser la regla, no la excepción."),
                ContentNotes = T("Reconstruction of a real hearing from the record, read by actors.", "Reconstrucción de una audiencia real a partir del expediente, leída por actores."),
                Issues = [detention, counsel],
            },
            new()
            {
                Slug = "letters-to-congress",
                Title = T("Letters to Congress", "Cartas al Congreso"),
                MadeOn = new DateOnly(2025, 5, 1),
                LengthSeconds = 2 * 60 + 45,
                VideoHost = VideoHost.YouTube,
                VideoId = "Fw10Letters",
                MadeBy = T("Due Process Media Collective and supporters", "Colectivo de Medios por el Debido Proceso y simpatizantes"),
                Location = T("Washington, D.C.", "Washington, D.C."),
                Goal = T("Turn viewers into writers: each person reads the letter they sent their representative.", "Convertir a quien mira en quien escribe: cada persona lee la carta que envió a su representante."),
                Audience = T("Supporters who have watched the campaign's other films.", "Simpatizantes que ya vieron las otras películas de la campaña."),
                Message = T("Your letter counts. Write yours today.", "Su carta cuenta. Escriba la suya hoy."),
                ContentNotes = T("A montage of supporters reading aloud; upbeat.", "Un montaje de simpatizantes leyendo en voz alta; animado."),
                Issues = [dueProcess],
            },
            new()
            {
                Slug = "home-is-here",
                Title = T("Home Is Here", "Nuestro hogar está aquí"),
                MadeOn = new DateOnly(2021, 12, 2),
                LengthSeconds = 22 * 60 + 10,
                VideoHost = VideoHost.Vimeo,
                VideoId = "900000111",
                MadeBy = T("Families Apart Project", "Proyecto Familias Separadas"),
                Location = T("Yakima, Washington", "Yakima, Washington"),
                Goal = T("Tell the story of one family separated by a deportation order, and of the town that rallied around them.", "Contar la historia de una familia separada por una orden de deportación, y del pueblo que se unió a su alrededor."),
                Audience = T("Rural and small-town audiences.", "Público de zonas rurales y pueblos pequeños."),
                Message = T("Deporting a parent punishes a whole community.", "Deportar a un padre castiga a toda una comunidad."),
                ContentNotes = T("Long-form documentary; scenes of children's distress at separation.", "Documental de formato largo; escenas de la angustia de los niños ante la separación."),
                Issues = [families, children],
            },
            new()
            {
                Slug = "asylum-step-by-step",
                Title = T("Asylum, Step by Step", "El asilo, paso a paso"),
                MadeOn = new DateOnly(2024, 6, 20),
                LengthSeconds = 7 * 60 + 55,
                VideoHost = VideoHost.YouTube,
                VideoId = "Fw12AsylumS",
                MadeBy = T("Community Legal Aid Network, with asylum seekers who advised on the script", "Red Comunitaria de Ayuda Legal, con solicitantes de asilo que asesoraron el guion"),
                Location = T("San Diego, California", "San Diego, California"),
                Goal = T("Explain the asylum process plainly, including the one-year deadline most people never hear about.", "Explicar con claridad el proceso de asilo, incluido el plazo de un año del que casi nadie oye hablar."),
                Audience = T("People seeking protection and those who help them.", "Personas que buscan protección y quienes las ayudan."),
                Message = T("Seeking asylum is a right, and deadlines should not decide who keeps it.", "Pedir asilo es un derecho, y los plazos no deberían decidir quién lo conserva."),
                ContentNotes = T("Animated explainer; not legal advice, with a list of free legal services at the end.", "Explicación animada; no es asesoría legal, y al final incluye una lista de servicios legales gratuitos."),
                Issues = [asylum, dueProcess, counsel],
            },
        };

        for (var i = 0; i < films.Count; i++)
        {
            var film = films[i];
            film.CampaignId = campaignId;
            film.Position = i + 1;
            film.IsPublished = true;
            film.CreatedAt = now;
            film.UpdatedAt = now;
            film.PublishedAt = now;
        }

        db.AddRange(films);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static FilmIssue Issue(string slug, string en, string es) => new() { Slug = slug, Name = T(en, es) };

    private static LocalizedText T(string en, string es) => new() { En = en.Trim(), Es = es.Trim() };
}
