using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Accounts;

public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>"en" or "es": the language of e-mails sent to this person.</summary>
    public string PreferredCulture { get; set; } = "en";

    public DateTime CreatedAt { get; set; }

    public DateTime? InvitedAt { get; set; }

    public string? InvitedById { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>Disabled accounts cannot sign in and lose their sessions at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    public bool HasAcceptedInvitation => PasswordHash is not null;
}

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> entity)
    {
        entity.Property(u => u.DisplayName).HasMaxLength(200);
        entity.Property(u => u.PreferredCulture).HasMaxLength(10);
        entity.Property(u => u.InvitedById).HasMaxLength(450);
    }
}
