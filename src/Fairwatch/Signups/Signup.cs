using Fairwatch.Campaigns;
using Fairwatch.Sharing;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Signups;

public enum SignupStatus
{
    /// <summary>Asked to be subscribed; waits for the person to follow the e-mailed link.</summary>
    Pending = 0,
    Confirmed = 1,
    Unsubscribed = 2,
}

/// <summary>
/// One address on one list of updates: the organisation's (no campaign) or a campaign's. The row is
/// also the record of consent: which list, when it was asked for, from which form, and when the
/// person confirmed by following the e-mailed link. The address is never shown on a public page.
/// </summary>
public sealed class Signup : IReferredAction
{
    public long Id { get; set; }

    /// <summary>The campaign whose list this is; empty for the organisation's own list.</summary>
    public int? CampaignId { get; set; }

    /// <summary>Trimmed and lower-cased: one row per address per list, however it is typed.</summary>
    public required string Email { get; set; }

    public string? Name { get; set; }

    /// <summary>The language the person chose for the e-mails they get.</summary>
    public required string Culture { get; set; }

    /// <summary>The form the latest request came from (see <see cref="SignupSources"/>).</summary>
    public required string Source { get; set; }

    public SignupStatus Status { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the person last asked to be subscribed (again after unsubscribing, or while pending).</summary>
    public DateTime RequestedAt { get; set; }

    /// <summary>When the last confirmation (or "you are already subscribed") e-mail was put in the outbox; limits re-sending.</summary>
    public DateTime? EmailedAt { get; set; }

    public DateTime? ConfirmedAt { get; set; }

    public DateTime? UnsubscribedAt { get; set; }

    /// <summary>This person's own code for the links they share (see <see cref="Referrals"/>).</summary>
    public string? ReferralCode { get; set; }

    /// <summary>The code of the shared link the person arrived by, if any.</summary>
    public string? ReferredBy { get; set; }

    public string? ReferredVia { get; set; }
}

/// <summary>The forms a sign-up can come from, stored with it as part of the consent record.</summary>
public static class SignupSources
{
    public const int MaxLength = 40;

    public const string SignupPage = "signup-page";
    public const string CampaignSignupPage = "campaign-signup-page";
}

public static class SignupLimits
{
    public const int NameLength = 80;
}

internal sealed class SignupConfiguration : IEntityTypeConfiguration<Signup>
{
    public void Configure(EntityTypeBuilder<Signup> entity)
    {
        entity.ToTable("Signups");
        entity.Property(s => s.Email).HasMaxLength(EmailAddresses.MaxLength);
        entity.Property(s => s.Name).HasMaxLength(SignupLimits.NameLength);
        entity.Property(s => s.Culture).HasMaxLength(5);
        entity.Property(s => s.Source).HasMaxLength(SignupSources.MaxLength);
        ReferralColumns.Configure(entity);
        entity.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Cascade);
        // One row per address per list. NULLs are distinct in a unique index on both databases, so
        // the organisation's list (no campaign) has an index of its own.
        entity.HasIndex(s => new { s.CampaignId, s.Email }).IsUnique();
        entity.HasIndex(s => s.Email).IsUnique().HasFilter("\"CampaignId\" IS NULL").HasDatabaseName("IX_Signups_Email_Organisation");
    }
}
