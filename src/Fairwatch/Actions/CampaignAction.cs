using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Fairwatch.Actions;

public enum ActionKind
{
    /// <summary>A letter to the supporter's lawmakers and/or fixed targets, delivered and recorded per target.</summary>
    Letter = 0,

    /// <summary>A call script with each lawmaker's phone numbers and an "I called" button.</summary>
    Call = 1,

    /// <summary>Prefilled posts that mention the supporter's own lawmakers, for public moments.</summary>
    Social = 2,
}

/// <summary>Which of the supporter's own lawmakers an action addresses.</summary>
[Flags]
public enum LawmakerTargets
{
    None = 0,
    Senators = 1,
    Representative = 2,
    Both = Senators | Representative,
}

/// <summary>
/// Something a supporter does for a campaign at /act/{slug}: write, call or post. One table for
/// the three kinds, because they share everything but a few texts; the texts a kind does not use
/// stay empty.
/// </summary>
public sealed class CampaignAction
{
    public int Id { get; set; }

    public int CampaignId { get; set; }

    public ActionKind Kind { get; set; }

    /// <summary>The action's address: /act/{slug}. Ladder steps link to it.</summary>
    public required string Slug { get; set; }

    public LocalizedText Title { get; set; } = new();

    /// <summary>Why to act now, in Markdown.</summary>
    public LocalizedText Intro { get; set; } = new();

    public bool IsPublished { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public LawmakerTargets Lawmakers { get; set; }

    /// <summary>Letter: the subject line.</summary>
    public LocalizedText Subject { get; set; } = new();

    /// <summary>Letter: the text every supporter starts from (plain text).</summary>
    public LocalizedText Letter { get; set; } = new();

    /// <summary>Letter: points a supporter can make in their own words, in Markdown.</summary>
    public LocalizedText TalkingPoints { get; set; } = new();

    /// <summary>Letter: whether the supporter may change the subject and the text.</summary>
    public bool SupporterMayEdit { get; set; }

    /// <summary>Letter: the Library of Congress topic of the House's CWC format (see <see cref="Cwc.LibraryOfCongressTopics"/>).</summary>
    public string? Topic { get; set; }

    /// <summary>Call: what to say, in Markdown.</summary>
    public LocalizedText Script { get; set; } = new();

    /// <summary>Social: the post, to which the lawmakers' accounts and the hashtags are added.</summary>
    public LocalizedText Post { get; set; } = new();

    /// <summary>Social: the campaign's hashtags, such as "#DueProcess #FairHearings".</summary>
    public string? Hashtags { get; set; }

    /// <summary>Letter: people with an e-mail address who get every letter, such as an agency head.</summary>
    public List<FixedTarget> FixedTargets { get; set; } = [];
}

/// <summary>A named person who gets every letter of an action by e-mail, whoever writes it.</summary>
public sealed class FixedTarget
{
    public int Id { get; set; }

    public int ActionId { get; set; }

    public int Position { get; set; }

    public required string Name { get; set; }

    /// <summary>Their office, such as "Secretary of Homeland Security".</summary>
    public required string Title { get; set; }

    public required string Email { get; set; }
}

public static class ActionLimits
{
    public const int TitleLength = 200;
    public const int IntroLength = 4_000;
    public const int SubjectLength = 200;
    public const int LetterLength = 5_000;
    public const int TalkingPointsLength = 4_000;
    public const int ScriptLength = 4_000;
    public const int PostLength = 280;
    public const int HashtagsLength = 200;
    public const int TopicLength = 60;
    public const int TargetNameLength = 120;
    public const int TargetTitleLength = 200;
    public const int EmailLength = 256;
}

internal sealed class CampaignActionConfiguration : IEntityTypeConfiguration<CampaignAction>, IEntityTypeConfiguration<FixedTarget>
{
    public void Configure(EntityTypeBuilder<CampaignAction> entity)
    {
        entity.ToTable("Actions");
        entity.Property(a => a.Slug).HasMaxLength(Slugs.MaxLength);
        entity.HasIndex(a => a.Slug).IsUnique();
        entity.HasIndex(a => new { a.CampaignId, a.Kind });
        entity.Property(a => a.Topic).HasMaxLength(ActionLimits.TopicLength);
        entity.Property(a => a.Hashtags).HasMaxLength(ActionLimits.HashtagsLength);
        Text(entity.ComplexProperty(a => a.Title), ActionLimits.TitleLength);
        Text(entity.ComplexProperty(a => a.Intro), ActionLimits.IntroLength);
        Text(entity.ComplexProperty(a => a.Subject), ActionLimits.SubjectLength);
        Text(entity.ComplexProperty(a => a.Letter), ActionLimits.LetterLength);
        Text(entity.ComplexProperty(a => a.TalkingPoints), ActionLimits.TalkingPointsLength);
        Text(entity.ComplexProperty(a => a.Script), ActionLimits.ScriptLength);
        Text(entity.ComplexProperty(a => a.Post), ActionLimits.PostLength);
        entity.HasOne<Campaigns.Campaign>().WithMany().HasForeignKey(a => a.CampaignId).OnDelete(DeleteBehavior.Cascade);
        entity.HasMany(a => a.FixedTargets).WithOne().HasForeignKey(t => t.ActionId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FixedTarget> entity)
    {
        entity.ToTable("ActionFixedTargets");
        entity.Property(t => t.Name).HasMaxLength(ActionLimits.TargetNameLength);
        entity.Property(t => t.Title).HasMaxLength(ActionLimits.TargetTitleLength);
        entity.Property(t => t.Email).HasMaxLength(ActionLimits.EmailLength);
    }

    private static void Text<T>(ComplexPropertyBuilder<T> text, int maxLength)
        where T : notnull
    {
        text.Property(nameof(LocalizedText.En)).HasMaxLength(maxLength).IsRequired();
        text.Property(nameof(LocalizedText.Es)).HasMaxLength(maxLength);
    }
}
