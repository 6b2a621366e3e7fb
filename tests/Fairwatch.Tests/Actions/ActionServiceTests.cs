using Fairwatch.Actions;
using Fairwatch.Campaigns;

namespace Fairwatch.Tests.Actions;

/// <summary>Staff write actions as drafts; only a complete action with someone to address can be published.</summary>
public sealed class ActionServiceTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_draft_is_published_only_when_it_has_its_texts_and_someone_to_address()
    {
        await using var scope = _app.Scope();
        var actions = scope.ServiceProvider.GetRequiredService<ActionService>();
        var campaignId = await CampaignAsync(scope);
        var created = await actions.CreateAsync(new ActionInput(campaignId, ActionKind.Letter, null, "Write to the Secretary", null, null, null, LawmakerTargets.None));
        Assert.True(created.Succeeded, created.Error);
        var id = created.Id!.Value;
        Assert.Equal("write-to-the-secretary", (await actions.FindAsync(id))!.Slug);

        Assert.Equal("Choose who the action addresses before you publish it.", (await actions.SetPublishedAsync(id, true)).Error);
        Assert.True((await actions.AddFixedTargetAsync(id, "Ana", "Secretary", "ana@agency.example")).Succeeded);
        Assert.Equal("A letter needs a subject in English.", (await actions.SetPublishedAsync(id, true)).Error);

        var complete = new ActionInput(campaignId, ActionKind.Letter, null, "Write to the Secretary", null, null, null, LawmakerTargets.None, "Subject", null, "Text");
        Assert.True((await actions.SaveAsync(id, complete)).Succeeded);
        Assert.True((await actions.SetPublishedAsync(id, true)).Succeeded);

        // What visitors see stays complete: a published letter cannot lose its text or its last target.
        Assert.Equal("A letter needs its text in English.", (await actions.SaveAsync(id, complete with { LetterEn = " " })).Error);
        Assert.Equal("Text", (await actions.FindAsync(id))!.Letter.En);
        var target = (await actions.FindAsync(id))!.FixedTargets.Single();
        Assert.False((await actions.RemoveFixedTargetAsync(id, target.Id)).Succeeded);
    }

    [Fact]
    public async Task Calls_and_posts_need_lawmakers_and_posts_need_hashtags_that_are_hashtags()
    {
        await using var scope = _app.Scope();
        var actions = scope.ServiceProvider.GetRequiredService<ActionService>();
        var campaignId = await CampaignAsync(scope);

        var noLawmakers = await actions.CreateAsync(new ActionInput(campaignId, ActionKind.Call, null, "Call them", null, null, null, LawmakerTargets.None));
        Assert.Equal(nameof(ActionInput.Lawmakers), noLawmakers.Field);

        var badTags = await actions.CreateAsync(new ActionInput(campaignId, ActionKind.Social, null, "Post", null, null, null, LawmakerTargets.Both, Hashtags: "DueProcess, #Fair"));
        Assert.Equal(nameof(ActionInput.Hashtags), badTags.Field);

        var post = await actions.CreateAsync(new ActionInput(campaignId, ActionKind.Social, null, "Post", null, null, null, LawmakerTargets.Both, PostEn: "Text", Hashtags: " #DueProcess   #AudienciasJustas "));
        Assert.True(post.Succeeded, post.Error);
        Assert.Equal("#DueProcess #AudienciasJustas", (await actions.FindAsync(post.Id!.Value))!.Hashtags);

        var unknownCampaign = await actions.CreateAsync(new ActionInput(-1, ActionKind.Call, null, "Call", null, null, null, LawmakerTargets.Both));
        Assert.Equal(nameof(ActionInput.CampaignId), unknownCampaign.Field);

        var taken = await actions.CreateAsync(new ActionInput(campaignId, ActionKind.Call, "post", "Call", null, null, null, LawmakerTargets.Both));
        Assert.Equal("Another action already uses this address.", taken.Error);
    }

    [Fact]
    public async Task A_fixed_target_needs_a_name_a_title_and_an_address()
    {
        await using var scope = _app.Scope();
        var actions = scope.ServiceProvider.GetRequiredService<ActionService>();
        var id = (await actions.CreateAsync(new ActionInput(await CampaignAsync(scope), ActionKind.Letter, null, "Letter", null, null, null, LawmakerTargets.Both))).Id!.Value;

        Assert.Equal("Name", (await actions.AddFixedTargetAsync(id, "", "Secretary", "a@b.example")).Field);
        Assert.Equal("Title", (await actions.AddFixedTargetAsync(id, "Ana", " ", "a@b.example")).Field);
        Assert.Equal("Email", (await actions.AddFixedTargetAsync(id, "Ana", "Secretary", "Ana <a@b.example>")).Field);
        Assert.Empty((await actions.FindAsync(id))!.FixedTargets);
    }

    private static async Task<int> CampaignAsync(AsyncServiceScope scope) =>
        (await scope.ServiceProvider.GetRequiredService<CampaignService>()
            .CreateAsync(new CampaignInput($"c-{Guid.NewGuid():N}"[..20], "Campaign", null, "Call", null, null, null, CampaignStatus.Active))).Id!.Value;
}
