using Fairwatch.Campaigns;
using Fairwatch.Data;
using Fairwatch.Videos;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Events;

/// <summary>
/// Demo screenings of the demo campaign's films, in both languages: one in person and one online
/// coming up, one in the past, a few replies, and a request to host a screening waiting for staff.
/// Places and addresses are fictional; the online link is on a reserved .example address.
/// </summary>
public static class EventDemo
{
    public const string CampaignSlug = "due-process";

    public static async Task SeedAsync(FairwatchDb db, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.Set<Event>().AnyAsync(cancellationToken))
        {
            return;
        }

        // Seeding only: the demo events join the demo campaign and films, looked up by their addresses.
        var campaignId = await db.Set<Campaign>().Where(c => c.Slug == CampaignSlug).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var films = await db.Set<Film>().Select(f => new { f.Slug, f.Id }).ToDictionaryAsync(f => f.Slug, f => f.Id, cancellationToken);
        int? Film(string slug) => films.TryGetValue(slug, out var id) ? id : null;
        var today = DateOnly.FromDateTime(now);

        var inPerson = Event(
            "a-fair-hearing-chicago",
            T("A Fair Hearing: screening and conversation in Chicago", "Una audiencia justa: proyección y conversación en Chicago"),
            T(
                """
                Watch the five-minute film **A Fair Hearing** together, then hear from a family who went through immigration court and from a lawyer who represents children.

                We will end with one thing everyone in the room can do this week. Spanish interpretation is available; the room is step-free.
                """,
                """
                Vea con nosotros el cortometraje de cinco minutos **Una audiencia justa** y escuche a una familia que pasó por el tribunal de inmigración y a una abogada que representa a niños.

                Terminaremos con una acción que todas las personas presentes pueden hacer esta semana. Habrá interpretación al inglés y al español; la sala es accesible sin escalones.
                """),
            today.AddDays(12), new TimeOnly(18, 30), new TimeOnly(20, 30), "America/Chicago", now);
        inPerson.Format = EventFormat.InPerson;
        inPerson.Venue = "Riverside Community Center";
        inPerson.Address = "450 River Road, Chicago, IL 60608";
        inPerson.Capacity = 60;
        inPerson.FilmId = Film("a-fair-hearing");
        inPerson.CampaignId = campaignId;

        var online = Event(
            "the-mothers-line-online",
            T("Online screening: The Mothers' Line, with the filmmakers", "Proyección en línea: La línea de las madres, con quienes la hicieron"),
            T(
                """
                An online screening of **The Mothers' Line**, followed by questions to the filmmakers and to the legal aid hotline that appears in the film.

                The link to join is e-mailed to everyone with a confirmed place. Captions are on.
                """,
                """
                Una proyección en línea de **La línea de las madres**, seguida de preguntas a quienes hicieron la película y a la línea de ayuda legal que aparece en ella.

                El enlace para unirse se envía por correo a cada persona con un lugar confirmado. Con subtítulos.
                """),
            today.AddDays(19), new TimeOnly(19, 0), new TimeOnly(20, 15), "America/New_York", now);
        online.Format = EventFormat.Online;
        online.OnlineUrl = "https://meet.example/fairwatch-mothers-line";
        online.Capacity = 100;
        online.FilmId = Film("the-mothers-line");
        online.CampaignId = campaignId;

        var past = Event(
            "alone-before-the-judge-los-angeles",
            T("Alone Before the Judge: screening and legal clinic in Los Angeles", "Solos ante el juez: proyección y asesoría legal en Los Ángeles"),
            T(
                "A screening of **Alone Before the Judge**, with volunteer lawyers answering questions afterwards.",
                "Una proyección de **Solos ante el juez**, con abogados voluntarios que respondieron preguntas después."),
            today.AddDays(-35), new TimeOnly(18, 0), new TimeOnly(20, 0), "America/Los_Angeles", now);
        past.Format = EventFormat.InPerson;
        past.Venue = "Eastside Library, Community Room";
        past.Address = "1200 Maple Avenue, Los Angeles, CA 90033";
        past.Capacity = 40;
        past.FilmId = Film("alone-before-the-judge");
        past.CampaignId = campaignId;

        db.AddRange(inPerson, online, past);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (name, email, party, culture) in new[]
        {
            ("Rosa M.", "rosa.m@example.org", 2, Cultures.Spanish),
            ("Daniel Ortiz", "daniel.ortiz@example.org", 1, Cultures.English),
            ("Grace Lee", "grace.lee@example.org", 4, Cultures.English),
        })
        {
            db.Add(new Rsvp
            {
                EventId = inPerson.Id,
                Name = name,
                Email = email,
                PartySize = party,
                Status = RsvpStatus.Confirmed,
                Culture = culture,
                Token = EventService.NewToken(),
                RepliedAt = now.AddDays(-2),
                ConfirmedAt = now.AddDays(-2),
            });
            inPerson.ConfirmedPlaces += party;
        }

        db.Add(new HostRequest
        {
            Name = "Lucía Fernández",
            Email = "lucia.fernandez@example.org",
            Organisation = "Saint Joseph Parish",
            Place = "El Paso, Texas: the parish hall",
            ProposedDate = today.AddDays(45),
            ExpectedAudience = 80,
            FilmId = Film("a-fair-hearing"),
            Message = "Our parish has many families with someone in immigration court. We would like to show the film after Sunday mass and invite a lawyer to answer questions.",
            Culture = Cultures.Spanish,
            Status = HostRequestStatus.New,
            CreatedAt = now.AddDays(-1),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Event Event(string slug, LocalizedText title, LocalizedText description, DateOnly date, TimeOnly starts, TimeOnly ends, string zone, DateTime now) => new()
    {
        Slug = slug,
        Title = title,
        Description = description,
        TimeZoneId = zone,
        StartsAt = EventTimes.ToUtc(date, starts, zone, out _)!.Value,
        EndsAt = EventTimes.ToUtc(date, ends, zone, out _)!.Value,
        IsPublished = true,
        CreatedAt = now,
        UpdatedAt = now,
        PublishedAt = now,
    };

    private static LocalizedText T(string en, string es) => new() { En = en.Trim(), Es = es.Trim() };
}
