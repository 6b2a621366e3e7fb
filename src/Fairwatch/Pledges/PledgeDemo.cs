using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Pledges;

/// <summary>
/// A demo pledge on the demo campaign, in both languages and on the campaign's ladder of actions,
/// with a few allies (on reserved example.org addresses), some approved for the home page.
/// </summary>
public static class PledgeDemo
{
    public const string Slug = "stand-with-our-neighbours";

    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<Pledge>().AnyAsync(cancellationToken))
        {
            return;
        }

        // Seed data only: the demo campaign is looked up by its address to attach the pledge to it.
        var campaign = await db.Set<Campaign>().Include(c => c.Ladder).FirstOrDefaultAsync(c => c.Slug == "due-process", cancellationToken);
        (string Name, string City, string Message, bool Featured)[] allies =
        [
            ("Lucía Ramos", "San Antonio", "My grandmother waited two years for her hearing. Nobody should wait behind bars.", true),
            ("Michael Brennan", "Chicago", "Due process is for everyone, or it is for no one.", true),
            ("Fatima Diallo", "Minneapolis", "I will go with my neighbours to their hearings.", true),
            ("Jorge Castillo", "Houston", "", false),
        ];
        var pledge = new Pledge
        {
            Slug = Slug,
            CampaignId = campaign?.Id,
            Title = T("Stand with our neighbours", "Acompañemos a nuestros vecinos"),
            Text = T(
                """
                I pledge to stand with immigrant neighbours in my community:

                - to learn their rights and share what I learn;
                - to speak up when someone is treated unfairly;
                - to ask my representatives to end detention as the default.
                """,
                """
                Me comprometo a acompañar a mis vecinos inmigrantes:

                - a conocer sus derechos y compartir lo que aprenda;
                - a alzar la voz cuando alguien reciba un trato injusto;
                - a pedir a mis representantes que la detención deje de ser la norma.
                """),
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
            Counter = new PledgeCounter { Allies = allies.Length },
        };
        db.Add(pledge);
        await db.SaveChangesAsync(cancellationToken);

        db.AddRange(allies.Select((a, i) => new PledgeAlly
        {
            PledgeId = pledge.Id,
            Name = a.Name,
            Email = $"demo-ally-{i + 1}@example.org",
            City = a.City,
            Message = a.Message.Length == 0 ? null : a.Message,
            WantsFeature = a.Featured,
            FeaturedAt = a.Featured ? now.AddMinutes(-i) : null,
            Culture = i % 2 == 0 ? Cultures.Spanish : Cultures.English,
            CreatedAt = now.AddHours(-allies.Length + i),
        }));
        if (campaign is not null)
        {
            var last = campaign.Ladder.Select(s => s.Position).DefaultIfEmpty(0).Max();
            if (campaign.Ladder.All(s => s.Url != $"/pledges/{Slug}"))
            {
                campaign.Ladder.Add(new LadderStep
                {
                    Position = last + 1,
                    Url = $"/pledges/{Slug}",
                    Title = T("Become an ally", "Hágase aliado"),
                    Description = T("Take the pledge to stand with immigrant neighbours.", "Comprométase a acompañar a sus vecinos inmigrantes."),
                });
            }

            if (campaign.Ladder.All(s => s.Url != $"/campaigns/{campaign.Slug}/photos"))
            {
                campaign.Ladder.Add(new LadderStep
                {
                    Position = last + 2,
                    Url = $"/campaigns/{campaign.Slug}/photos",
                    Title = T("Add your photo to the wall", "Añada su foto al muro"),
                    Description = T("Show that you stand with the campaign.", "Muestre que apoya la campaña."),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static LocalizedText T(string en, string es) => new() { En = en.Trim(), Es = es.Trim() };
}
