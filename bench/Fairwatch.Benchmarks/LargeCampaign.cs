using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Videos;
using Fairwatch.Web;

namespace Fairwatch.Benchmarks;

/// <summary>
/// The size the issue sets for a long-running campaign: 100 films, 200 updates and 1,000
/// approved comments on its films, with a ladder, figures and partners like the demo's.
/// </summary>
public static class LargeCampaign
{
    public const string Slug = "large-campaign";
    public const string BusiestFilmSlug = "large-campaign-film-001";
    public const int Films = 100;
    public const int Updates = 200;
    public const int Comments = 1000;

    public static async Task SeedAsync(FairwatchDb db)
    {
        var now = DateTime.UtcNow;
        var campaign = new Campaign
        {
            Slug = Slug,
            Title = Text("A campaign with years of history", "Una campaña con años de historia"),
            Call = Text("Everyone deserves a fair hearing", "Todos merecen una audiencia justa"),
            About = Text(Paragraphs("The campaign began with one family's story.", 6), Paragraphs("La campaña empezó con la historia de una familia.", 6)),
            Status = CampaignStatus.Active,
            IsPublished = true,
            CreatedAt = now.AddYears(-4),
            UpdatedAt = now,
            PublishedAt = now.AddYears(-4),
        };
        for (var i = 1; i <= 5; i++)
        {
            campaign.Ladder.Add(new LadderStep { Position = i, Title = Text($"Step {i}", $"Paso {i}"), Description = Text("Do this next.", "Haga esto después."), Url = "/lawmakers" });
            campaign.Figures.Add(new ImpactFigure { Position = i, Label = Text($"Figure {i}", $"Cifra {i}"), Value = 1000 * i, AsOf = now.AddDays(-i) });
            campaign.Partners.Add(new CampaignPartner { Position = i, Name = $"Partner organisation {i}", Url = $"https://partner{i}.example/" });
        }

        for (var i = 1; i <= Updates; i++)
        {
            campaign.Updates.Add(new CampaignUpdate
            {
                PublishedAt = now.AddDays(-7 * i),
                Title = Text($"Update number {i}: what happened this week", $"Novedad número {i}: lo que pasó esta semana"),
                Body = Text(Paragraphs($"Week {i}: **hearings** continued and [supporters](/lawmakers) wrote to Congress.", 2), Paragraphs($"Semana {i}: continuaron las **audiencias**.", 2)),
            });
        }

        db.Add(campaign);
        await db.SaveChangesAsync();

        var films = Enumerable.Range(1, Films).Select(i => new Film
        {
            Slug = $"large-campaign-film-{i:000}",
            CampaignId = campaign.Id,
            Position = i,
            Title = Text($"Film {i}: a story from the hearings", $"Película {i}: una historia de las audiencias"),
            MadeOn = new DateOnly(2020, 1, 1).AddDays(i),
            LengthSeconds = 300 + i,
            MadeBy = Text("A community media collective", "Un colectivo de medios comunitarios"),
            Location = Text("Los Angeles, California", "Los Ángeles, California"),
            Goal = Text("Show what a hearing without a lawyer looks like.", "Mostrar cómo es una audiencia sin abogado."),
            Audience = Text("Voters and lawmakers", "Votantes y legisladores"),
            Message = Text("Due process is for everyone.", "El debido proceso es para todos."),
            ContentNotes = Text("Interviews; no graphic images.", "Entrevistas; sin imágenes explícitas."),
            Transcript = Text(Paragraphs("Speaker: I waited two years for a hearing.", 10), Paragraphs("Persona: Esperé dos años una audiencia.", 10)),
            VideoHost = VideoHost.YouTube,
            VideoId = "dQw4w9WgXcQ",
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            PublishedAt = now,
        }).ToList();
        db.AddRange(films);
        await db.SaveChangesAsync();

        // Half on the first film (the worst film page), the rest spread over the others.
        db.AddRange(Enumerable.Range(1, Comments).Select(i => new Comment
        {
            TargetKind = "film",
            TargetId = i <= Comments / 2 ? films[0].Id : films[i % Films].Id,
            Name = $"Supporter {i}",
            Email = $"supporter{i}@example.org",
            Body = $"Comment {i}: this film moved me. Thank you for telling these stories.",
            Status = CommentStatus.Approved,
            CreatedAt = now.AddMinutes(-i),
            ModeratedAt = now.AddMinutes(-i),
        }));
        await db.SaveChangesAsync();
    }

    private static LocalizedText Text(string english, string spanish) => LocalizedText.From(english, spanish);

    private static string Paragraphs(string sentence, int count) =>
        string.Join("\n\n", Enumerable.Repeat(sentence + " " + sentence, count));
}
