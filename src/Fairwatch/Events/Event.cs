using Fairwatch.Campaigns;
using Fairwatch.Videos;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Events;

public enum EventFormat
{
    InPerson = 0,
    Online = 1,
}

/// <summary>
/// A screening or other event. Times are stored in UTC with the IANA time zone the event happens
/// in, and shown in that zone (see <see cref="EventTimes"/>).
/// </summary>
public sealed class Event
{
    public int Id { get; set; }

    /// <summary>The event's address: /events/{slug}.</summary>
    public required string Slug { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>Markdown.</summary>
    public LocalizedText Description { get; set; } = new();

    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    /// <summary>An IANA time zone id, such as America/Chicago.</summary>
    public required string TimeZoneId { get; set; }

    public EventFormat Format { get; set; }

    /// <summary>The venue's name, for an event in person.</summary>
    public string? Venue { get; set; }

    /// <summary>The street address, for an event in person.</summary>
    public string? Address { get; set; }

    /// <summary>
    /// Where an online event happens. Never shown on a public page: it goes only to people with a
    /// confirmed place, in their e-mails, so that nobody can walk into a screening uninvited.
    /// </summary>
    public string? OnlineUrl { get; set; }

    /// <summary>How many people can come, counting everyone in each party.</summary>
    public int Capacity { get; set; }

    /// <summary>
    /// The sum of the party sizes of confirmed replies, kept with every change of a reply in the
    /// same transaction, so that "places left" is exact and cheap to read.
    /// </summary>
    public int ConfirmedPlaces { get; set; }

    public int? FilmId { get; set; }

    public int? CampaignId { get; set; }

    /// <summary>The request to host a screening this event was made from, if any.</summary>
    public int? HostRequestId { get; set; }

    /// <summary>Goes up by one with every change staff save; calendar apps use it (SEQUENCE) to update an entry they already have.</summary>
    public int Revision { get; set; }

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public int PlacesLeft => Math.Max(Capacity - ConfirmedPlaces, 0);

    public bool IsFull => ConfirmedPlaces >= Capacity;
}

public enum RsvpStatus
{
    Confirmed = 0,
    Waitlisted = 1,
    Cancelled = 2,
}

/// <summary>
/// A reply to an event: a person and the size of their party, with a place or on the waiting
/// list. The e-mail address is for the organisers only and never shown on a public page.
/// </summary>
public sealed class Rsvp : Sharing.IReferredAction
{
    public int Id { get; set; }

    public int EventId { get; set; }

    public required string Name { get; set; }

    /// <summary>Trimmed and lower-cased: one reply per address and event, however it is typed.</summary>
    public required string Email { get; set; }

    public int PartySize { get; set; }

    public RsvpStatus Status { get; set; }

    /// <summary>The language the person replied in; their e-mails are written in it.</summary>
    public required string Culture { get; set; }

    /// <summary>A random secret in the links of the person's e-mails that lets them see and cancel their reply.</summary>
    public required string Token { get; set; }

    /// <summary>When the person replied (or replied again after cancelling); the waiting list is in this order.</summary>
    public DateTime RepliedAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? CancelledAt { get; set; }

    /// <summary>The staff user who cancelled the reply; null when the person cancelled it.</summary>
    public string? CancelledBy { get; set; }

    /// <summary>Set in the transaction that enqueues the reminder, so that it is sent once however many instances run.</summary>
    public DateTime? RemindedAt { get; set; }

    public string? ReferralCode { get; set; }

    public string? ReferredBy { get; set; }

    public string? ReferredVia { get; set; }
}

public enum HostRequestStatus
{
    New = 0,
    Accepted = 1,
    Declined = 2,
}

/// <summary>Someone's offer to host a screening, for staff to review.</summary>
public sealed class HostRequest
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public string? Organisation { get; set; }

    /// <summary>The city and place, as they wrote it.</summary>
    public required string Place { get; set; }

    public DateOnly ProposedDate { get; set; }

    public int ExpectedAudience { get; set; }

    /// <summary>The film they would like to show; null when they have not chosen.</summary>
    public int? FilmId { get; set; }

    public string? Message { get; set; }

    public required string Culture { get; set; }

    public HostRequestStatus Status { get; set; }

    /// <summary>What staff noted about the decision; for staff only.</summary>
    public string? StaffNote { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }
}

public static class EventLimits
{
    public const int TitleLength = 200;
    public const int DescriptionLength = 20_000;
    public const int VenueLength = 200;
    public const int AddressLength = 400;
    public const int UrlLength = 500;
    public const int NameLength = 80;
    public const int EmailLength = 256;
    public const int OrganisationLength = 200;
    public const int PlaceLength = 200;
    public const int MessageLength = 2_000;
    public const int NoteLength = 2_000;
    public const int MaxCapacity = 100_000;
}

internal sealed class EventConfiguration :
    IEntityTypeConfiguration<Event>, IEntityTypeConfiguration<Rsvp>, IEntityTypeConfiguration<HostRequest>
{
    public void Configure(EntityTypeBuilder<Event> entity)
    {
        entity.ToTable("Events");
        entity.Property(e => e.Slug).HasMaxLength(Slugs.MaxLength);
        entity.HasIndex(e => e.Slug).IsUnique();
        entity.HasIndex(e => new { e.IsPublished, e.StartsAt });
        entity.HasIndex(e => new { e.CampaignId, e.StartsAt });
        entity.Property(e => e.TimeZoneId).HasMaxLength(64);
        entity.Property(e => e.Venue).HasMaxLength(EventLimits.VenueLength);
        entity.Property(e => e.Address).HasMaxLength(EventLimits.AddressLength);
        entity.Property(e => e.OnlineUrl).HasMaxLength(EventLimits.UrlLength);
        entity.Ignore(e => e.PlacesLeft);
        entity.Ignore(e => e.IsFull);
        Text(entity.ComplexProperty(e => e.Title), EventLimits.TitleLength);
        Text(entity.ComplexProperty(e => e.Description), EventLimits.DescriptionLength);
        // A film or campaign that goes away leaves its events standing.
        entity.HasOne<Film>().WithMany().HasForeignKey(e => e.FilmId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.SetNull);
        entity.HasOne<HostRequest>().WithMany().HasForeignKey(e => e.HostRequestId).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<Rsvp> entity)
    {
        entity.ToTable("EventRsvps");
        Sharing.ReferralColumns.Configure(entity);
        entity.Property(r => r.Name).HasMaxLength(EventLimits.NameLength);
        entity.Property(r => r.Email).HasMaxLength(EventLimits.EmailLength);
        entity.Property(r => r.Culture).HasMaxLength(5);
        entity.Property(r => r.Token).HasMaxLength(64);
        entity.Property(r => r.CancelledBy).HasMaxLength(450);
        entity.HasIndex(r => new { r.EventId, r.Email }).IsUnique();
        entity.HasIndex(r => new { r.EventId, r.Status, r.RepliedAt });
        entity.HasIndex(r => r.Token).IsUnique();
        entity.HasOne<Event>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<HostRequest> entity)
    {
        entity.ToTable("EventHostRequests");
        entity.Property(r => r.Name).HasMaxLength(EventLimits.NameLength);
        entity.Property(r => r.Email).HasMaxLength(EventLimits.EmailLength);
        entity.Property(r => r.Organisation).HasMaxLength(EventLimits.OrganisationLength);
        entity.Property(r => r.Place).HasMaxLength(EventLimits.PlaceLength);
        entity.Property(r => r.Message).HasMaxLength(EventLimits.MessageLength);
        entity.Property(r => r.Culture).HasMaxLength(5);
        entity.Property(r => r.StaffNote).HasMaxLength(EventLimits.NoteLength);
        entity.Property(r => r.DecidedBy).HasMaxLength(450);
        entity.HasIndex(r => new { r.Status, r.CreatedAt });
        entity.HasIndex(r => new { r.Email, r.CreatedAt });
        entity.HasOne<Film>().WithMany().HasForeignKey(r => r.FilmId).OnDelete(DeleteBehavior.SetNull);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}
