using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Signups;

namespace Fairwatch.IntegrationTests.Signups;

/// <summary>Campaigns to sign up for, and sign-up forms filled in like a person who took a minute.</summary>
internal static class SignupTestData
{
    public static string SubscriberEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    public static async Task<(int Id, string Slug)> CampaignAsync(FairwatchFactory app, string title = "Due process for all", string? titleEs = "Debido proceso para todos")
    {
        var slug = $"signup-{Guid.NewGuid():N}"[..20];
        await using var scope = app.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await campaigns.CreateAsync(new CampaignInput(slug, title, titleEs, "The call.", null, null, null, CampaignStatus.Active))).Id!.Value;
        Assert.True((await campaigns.SetPublishedAsync(id, true)).Succeeded);
        return (id, slug);
    }

    /// <summary>A sign-up form stamp issued a minute ago, as if a person had spent that long typing.</summary>
    public static async Task<string> WrittenAMinuteAgoAsync(FairwatchFactory app, int? campaignId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return ActivatorUtilities.CreateInstance<SignupService>(scope.ServiceProvider, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1)))
            .IssueStamp(campaignId);
    }

    /// <summary>Fills the sign-up form at <paramref name="pageUrl"/> and posts it with its hidden fields (referral code included).</summary>
    public static async Task<HttpResponseMessage> SignUpAsync(
        FairwatchFactory app, HttpClient client, string pageUrl, int? campaignId, string email, string name = "Ana", string language = "en",
        string? website = null, string? stamp = null, IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Signup.Name"] = name,
            ["Signup.Email"] = email,
            ["Signup.Language"] = language,
            ["Signup.Homepage"] = website ?? "",
            ["Signup.Stamp"] = stamp ?? await WrittenAMinuteAgoAsync(app, campaignId),
        };
        foreach (var (key, value) in extra ?? [])
        {
            fields[key] = value;
        }

        return await client.SubmitAsync(pageUrl, fields);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
