using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Petitions;

/// <summary>
/// A demo petition on the demo campaign, in both languages, first on the campaign's ladder of
/// actions, with a few signers (on reserved example.org addresses) so its page looks alive.
/// </summary>
public static class PetitionDemo
{
    public const string Slug = "end-detention-by-default";

    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<Petition>().AnyAsync(cancellationToken))
        {
            return;
        }

        // Seed data only: the demo campaign is looked up by its address to attach the petition to it.
        var campaign = await db.Set<Campaign>().Include(c => c.Ladder).FirstOrDefaultAsync(c => c.Slug == "due-process", cancellationToken);
        (string First, string Last, string State, string Zip, bool Shown)[] signers =
        [
            ("Rosa", "Martínez", "CA", "94110", true),
            ("David", "Chen", "IL", "60614", true),
            ("Amina", "Yusuf", "MN", "55404", true),
            ("Tomás", "Herrera", "TX", "78201", false),
            ("Grace", "Okafor", "NY", "11226", true),
        ];
        var petition = new Petition
        {
            Slug = Slug,
            CampaignId = campaign?.Id,
            Title = T("End detention as the default while cases are heard", "Que la detención deje de ser la norma mientras se deciden los casos"),
            Target = T("The Secretary of Homeland Security", "El Secretario de Seguridad Nacional"),
            Letter = T(
                """
                Dear Secretary,

                Every week, people who have asked for protection are locked up while their cases are heard, although most of them pose no danger and would come to every hearing. Detention separates parents from their children, makes it far harder to find a lawyer, and costs far more than the community-based alternatives that already work.

                We ask you to:

                - release people while their cases are heard unless a judge finds a real danger or flight risk;
                - fund community-based case management instead of new detention beds;
                - make sure everyone in detention can reach a lawyer and their family.

                Due process is for everyone.
                """,
                """
                Señor Secretario:

                Cada semana, personas que han pedido protección quedan encerradas mientras se decide su caso, aunque la mayoría no representa ningún peligro y acudiría a todas sus audiencias. La detención separa a madres y padres de sus hijos, hace mucho más difícil encontrar abogado y cuesta mucho más que las alternativas comunitarias que ya funcionan.

                Le pedimos que:

                - deje en libertad a las personas mientras se decide su caso, salvo que un juez encuentre un peligro o riesgo de fuga reales;
                - financie el acompañamiento comunitario en lugar de nuevas camas de detención;
                - garantice que toda persona detenida pueda comunicarse con un abogado y con su familia.

                El debido proceso es para todos.
                """),
            Goal = 1_000,
            Deadline = DateOnly.FromDateTime(now).AddDays(60),
            Status = PetitionStatus.Open,
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
            Counter = new PetitionCounter { Signatures = signers.Length, Confirmed = signers.Length },
            Updates =
            [
                new() { PublishedAt = now.Date.AddDays(-1), Title = T("The petition is open", "La petición está abierta"), Body = T("Sign, and ask two friends to sign too. We will deliver every signature to the Secretary's office.", "Firme y pida a dos amistades que firmen también. Entregaremos todas las firmas en la oficina del Secretario.") },
            ],
        };
        db.Add(petition);
        await db.SaveChangesAsync(cancellationToken);

        db.AddRange(signers.Select((s, i) => new PetitionSignature
        {
            PetitionId = petition.Id,
            FirstName = s.First,
            LastName = s.Last,
            Email = $"demo-signer-{i + 1}@example.org",
            Zip = s.Zip,
            State = s.State,
            ShowName = s.Shown,
            Culture = i % 2 == 0 ? Cultures.English : Cultures.Spanish,
            CreatedAt = now.AddHours(-signers.Length + i),
            ConfirmationQueuedAt = now,
            ConfirmedAt = now,
        }));
        if (campaign is not null && campaign.Ladder.All(s => s.Url != $"/petitions/{Slug}"))
        {
            // First on the ladder: signing is the quickest action.
            campaign.Ladder.Add(new LadderStep
            {
                Position = campaign.Ladder.Select(s => s.Position).DefaultIfEmpty(1).Min() - 1,
                Url = $"/petitions/{Slug}",
                Title = T("Sign the petition", "Firme la petición"),
                Description = T("Ask the Secretary of Homeland Security to end detention as the default.", "Pida al Secretario de Seguridad Nacional que la detención deje de ser la norma."),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static LocalizedText T(string en, string es) => new() { En = en.Trim(), Es = es.Trim() };
}
