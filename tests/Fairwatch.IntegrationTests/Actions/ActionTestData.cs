using AngleSharp.Html.Dom;
using Fairwatch.Actions;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Actions;

/// <summary>Actions made through the services, and action forms filled like a person who took a minute.</summary>
internal static class ActionTestData
{
    public const string LetterText = "Dear office,\nplease restore due process in immigration courts.";

    public static async Task<(int Id, string Slug, int CampaignId)> ActionAsync(
        FairwatchFactory app, ActionKind kind, LawmakerTargets lawmakers = LawmakerTargets.Both, bool fixedTarget = false, bool publish = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var campaignSlug = $"campaign-{Guid.NewGuid():N}"[..24];
        var campaign = (await campaigns.CreateAsync(new CampaignInput(campaignSlug, "Due process", "Debido proceso", "Fairness for all.", null, null, null, CampaignStatus.Active))).Id!.Value;
        Assert.True((await campaigns.SetPublishedAsync(campaign, true)).Succeeded);
        var actions = scope.ServiceProvider.GetRequiredService<ActionService>();
        var slug = $"{kind.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        var created = await actions.CreateAsync(new ActionInput(
            campaign, kind, slug, $"{kind} for due process", $"{kind} por el debido proceso", "Act **now**.", "Actúe **ya**.", lawmakers,
            SubjectEn: "Restore due process", SubjectEs: "Restablezcan el debido proceso", LetterEn: LetterText, LetterEs: "Estimada oficina:\ndevuelvan el debido proceso.",
            TalkingPointsEn: "- Counsel for children", SupporterMayEdit: true,
            ScriptEn: "Hello, I live in **your district**.", ScriptEs: "Hola, vivo en **su distrito**.",
            PostEn: "Everyone deserves a fair hearing.", PostEs: "Todos merecen una audiencia justa.", Hashtags: "#DueProcess #FairHearings"));
        Assert.True(created.Succeeded, created.Error);
        if (fixedTarget)
        {
            Assert.True((await actions.AddFixedTargetAsync(created.Id!.Value, "Ana Secretary", "Secretary of Homeland Security", $"secretary-{Guid.NewGuid():N}@agency.example")).Succeeded);
        }

        if (publish)
        {
            var published = await actions.SetPublishedAsync(created.Id!.Value, true);
            Assert.True(published.Succeeded, published.Error);
        }

        return (created.Id!.Value, slug, campaign);
    }

    /// <summary>An action-form stamp issued a minute ago, as if a person had spent that long on the page.</summary>
    public static async Task<string> StampAsync(FairwatchFactory app, string kind, int actionId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var past = new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1));
        return ActivatorUtilities.CreateInstance<ActionStamps>(scope.ServiceProvider, (TimeProvider)past).Issue(kind, actionId);
    }

    public static Dictionary<string, string> Supporter(string email) => new()
    {
        ["Letter.Prefix"] = "Ms.",
        ["Letter.FirstName"] = "Rosa",
        ["Letter.LastName"] = "Constituent",
        ["Letter.Email"] = email,
        ["Letter.Address1"] = "1 Mission St",
        ["Letter.City"] = "San Francisco",
        // What the page's own subject and text boxes hold, as a browser sends them.
        ["Letter.Subject"] = "Restore due process",
        ["Letter.Body"] = LetterText,
    };

    /// <summary>Opens the letter step for the ZIP code (and district) and sends the form with these fields.</summary>
    public static async Task<HttpResponseMessage> SendLetterAsync(
        FairwatchFactory app, HttpClient client, (int Id, string Slug) action, string? zip, string? district, Dictionary<string, string> fields)
    {
        var url = $"/act/{action.Slug}" + (zip is null ? "" : $"?zip={zip}") + (district is null ? "" : $"&district={district}");
        var page = await client.GetDocumentAsync(url);
        fields["Letter.Stamp"] = await StampAsync(app, ActionStamps.Letter, action.Id);
        return await client.SubmitAsync(page, url, fields, "form[action*='handler=Letter']");
    }

    public static async Task<HttpResponseMessage> PostReplyAsync(
        FairwatchFactory app, HttpClient client, IHtmlDocument page, string url, string formSelector, string kind, int actionId, Dictionary<string, string>? fields = null)
    {
        fields ??= [];
        fields["Reply.Stamp"] = await StampAsync(app, kind, actionId);
        return await client.SubmitAsync(page, url, fields, formSelector);
    }

    public static Task<List<Delivery>> DeliveriesAsync(FairwatchFactory app, int actionId) =>
        app.WithDbAsync(db => db.Set<Delivery>().AsNoTracking().Include(d => d.History).Where(d => d.ActionId == actionId).OrderBy(d => d.Id).ToListAsync());

    public static async Task<Delivery> WaitForDeliveryAsync(FairwatchFactory app, int deliveryId, Func<Delivery, bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        Delivery? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await app.WithDbAsync(db => db.Set<Delivery>().AsNoTracking().Include(d => d.History).SingleAsync(d => d.Id == deliveryId));
            if (condition(last))
            {
                return last;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"Delivery {deliveryId} never reached the expected state; last seen: {last?.Status}, {last?.Attempts} attempts, {last?.Answer}");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
