using Fairwatch.Campaigns;
using Fairwatch.Comments;
using Fairwatch.Contact;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Press;
using Fairwatch.Videos;

namespace Fairwatch.IntegrationTests.Outreach;

/// <summary>Content made through the services, and public forms that are old enough to send.</summary>
internal static class OutreachTestData
{
    public static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<(int Id, string Slug)> FilmAsync(FairwatchFactory app, string title, string? titleEs = null, bool publish = true, string? message = null, string? messageEs = null)
    {
        var slug = Slug("film");
        await using var scope = app.Services.CreateAsyncScope();
        var films = scope.ServiceProvider.GetRequiredService<FilmService>();
        var created = await films.CreateAsync(new FilmInput
        {
            Slug = slug,
            TitleEn = title,
            TitleEs = titleEs,
            MadeOn = new DateOnly(2025, 3, 1),
            Length = "4:10",
            VideoAddress = "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            MessageEn = message,
            MessageEs = messageEs,
        });
        Assert.True(created.Succeeded, created.Error);
        if (publish)
        {
            Assert.True((await films.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        }

        return (created.Id!.Value, slug);
    }

    public static async Task<string> CampaignAsync(FairwatchFactory app, string title, string call, string? about = null, string? titleEs = null, string? aboutEs = null, bool publish = true)
    {
        var slug = Slug("campaign");
        await using var scope = app.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await campaigns.CreateAsync(new CampaignInput(slug, title, titleEs, call, null, about, aboutEs, CampaignStatus.Active))).Id!.Value;
        if (publish)
        {
            await campaigns.SetPublishedAsync(id, true);
        }

        return slug;
    }

    public static async Task<(int Id, string Slug)> ReleaseAsync(
        FairwatchFactory app, string title, string body, string? titleEs = null, string? bodyEs = null, bool publish = true, DateTime? releasedOn = null)
    {
        var slug = Slug("release");
        await using var scope = app.Services.CreateAsyncScope();
        var press = scope.ServiceProvider.GetRequiredService<PressService>();
        var created = await press.CreateAsync(new ReleaseInput(slug, title, titleEs, "What it is about.", null, body, bodyEs, releasedOn ?? DateTime.UtcNow.Date.AddDays(-1)));
        Assert.True(created.Succeeded, created.Error);
        if (publish)
        {
            Assert.True((await press.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        }

        return (created.Id!.Value, slug);
    }

    /// <summary>The form of one handler for one item, matching the item's id exactly (offerId=1 must not find offerId=12).</summary>
    public static string FormFor(string handler, string parameter, int id, string? more = null) =>
        $"form[action*='handler={handler}'][action*='{parameter}={id}&']{more}, form[action*='handler={handler}'][action$='{parameter}={id}']{more}";

    /// <summary>A comment-form stamp issued a minute ago, as if a person had spent that long writing.</summary>
    public static async Task<string> CommentWrittenAMinuteAgoAsync(FairwatchFactory app, string kind, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return ActivatorUtilities.CreateInstance<CommentService>(scope.ServiceProvider, (TimeProvider)AMinuteAgo()).IssueStamp(kind, id);
    }

    /// <summary>A contact-form stamp issued a minute ago.</summary>
    public static async Task<string> ContactWrittenAMinuteAgoAsync(FairwatchFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return ActivatorUtilities.CreateInstance<ContactService>(scope.ServiceProvider, (TimeProvider)AMinuteAgo()).IssueStamp();
    }

    private static FixedClock AMinuteAgo() => new(DateTimeOffset.UtcNow.AddMinutes(-1));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
