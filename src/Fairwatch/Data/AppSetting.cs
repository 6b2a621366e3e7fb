using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Data;

/// <summary>A setting an administrator changes at run time (configuration files hold the rest).</summary>
public sealed class AppSetting
{
    public required string Key { get; set; }

    public required string Value { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class AppSettingConfiguration : IEntityTypeConfiguration<AppSetting>
{
    public void Configure(EntityTypeBuilder<AppSetting> entity)
    {
        entity.ToTable("AppSettings");
        entity.HasKey(s => s.Key);
        entity.Property(s => s.Key).HasMaxLength(100);
        entity.Property(s => s.Value).HasMaxLength(4000);
    }
}
