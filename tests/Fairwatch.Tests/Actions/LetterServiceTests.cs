using Fairwatch.Actions;
using Fairwatch.Actions.Cwc;
using Fairwatch.Campaigns;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.Tests.Actions;

/// <summary>One letter becomes one message per target, each delivered its own way, after the form's defences.</summary>
public sealed class LetterServiceTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 7, 4, 12, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync("--Cwc:ContactPhone=202-555-0100", "--Email:FromAddress=fairwatch@fairwatch.test");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_letter_to_senators_representative_and_an_agency_head_becomes_four_messages()
    {
        await using var scope = _app.Scope();
        var action = await LetterActionAsync(scope, fixedTarget: true);

        var receipt = await SubmitAsync(scope, action, Submission());

        Assert.True(receipt.Result.Succeeded, receipt.Result.Error);
        Assert.Equal(4, receipt.Messages);
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var letter = await db.Set<Letter>().Include(l => l.Deliveries).ThenInclude(d => d.History).SingleAsync();
        Assert.Equal(("CA", "94110", 11, false), (letter.State, letter.Zip, letter.District, letter.Edited));
        Assert.Equal("rosa@example.org", letter.Email);

        var senators = letter.Deliveries.Where(d => d.TargetKind == TargetKind.Senator).ToList();
        Assert.Equal(2, senators.Count);
        Assert.All(senators, s => Assert.Equal((DeliveryChannel.ContactForm, DeliveryStatus.NeedsManualDelivery), (s.Channel, s.Status)));
        Assert.All(senators, s => Assert.StartsWith("https://", s.ContactForm, StringComparison.Ordinal));

        var house = letter.Deliveries.Single(d => d.TargetKind == TargetKind.Representative);
        Assert.Equal((DeliveryChannel.Cwc, DeliveryStatus.Queued, "HCA11", "Nancy Pelosi"), (house.Channel, house.Status, house.OfficeCode, house.TargetName));
        Assert.Empty(CwcSchema.Validate(house.CwcDocument!));
        Assert.Contains($"<DeliveryId>{house.Key:N}</DeliveryId>", house.CwcDocument, StringComparison.Ordinal);

        var agency = letter.Deliveries.Single(d => d.TargetKind == TargetKind.Fixed);
        Assert.Equal((DeliveryChannel.Email, DeliveryStatus.Queued), (agency.Channel, agency.Status));
        var mail = await db.OutboxMessages.SingleAsync(m => m.Id == agency.OutboxMessageId);
        Assert.Equal(("secretary@agency.example", "Restore due process"), (mail.ToAddress, mail.Subject));
        Assert.Contains("Rosa Parks\n1 Mission St\nSan Francisco, CA 94110", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("rosa@example.org", mail.ReplyToAddress);

        Assert.All(letter.Deliveries, d => Assert.Equal(DeliveryActors.Supporter, Assert.Single(d.History).Actor));
    }

    [Fact]
    public async Task Every_mistake_is_named_and_nothing_is_stored()
    {
        await using var scope = _app.Scope();
        var action = await LetterActionAsync(scope);

        var receipt = await SubmitAsync(scope, action, Submission() with { Prefix = "", FirstName = " ", Email = "not-an-address", Address1 = "", Body = "   " });

        Assert.False(receipt.Result.Succeeded);
        Assert.Equal(["Prefix", "FirstName", "Email", "Address1", "Body"], receipt.Problems.Select(p => p.Field));
        Assert.Equal(0, await CountLettersAsync(scope));
    }

    [Fact]
    public async Task A_letter_that_cannot_be_edited_is_sent_as_written_whatever_is_posted()
    {
        await using var scope = _app.Scope();
        var action = await LetterActionAsync(scope, mayEdit: false);

        var receipt = await SubmitAsync(scope, action, Submission() with { Subject = "Something else", Body = "Spam spam spam" });

        Assert.True(receipt.Result.Succeeded, receipt.Result.Error);
        var letter = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Letter>().SingleAsync();
        Assert.Equal(("Restore due process", "Dear office, please restore due process."), (letter.Subject, letter.Body));
        Assert.False(letter.Edited);
    }

    [Fact]
    public async Task A_letter_in_the_supporters_own_words_is_marked_as_such()
    {
        await using var scope = _app.Scope();
        var action = await LetterActionAsync(scope);

        await SubmitAsync(scope, action, Submission() with { Body = "My own words about my family." });

        var house = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Delivery>().SingleAsync(d => d.TargetKind == TargetKind.Representative);
        Assert.Contains("<ConstituentMessage>My own words about my family.</ConstituentMessage>", house.CwcDocument, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_honeypot_a_hurried_form_and_a_repeated_address_are_refused()
    {
        await using var scope = _app.Scope();
        var action = await LetterActionAsync(scope);
        var letters = Service(scope);
        var stamps = ActivatorUtilities.CreateInstance<ActionStamps>(scope.ServiceProvider, _clock);

        var trapped = await letters.SubmitAsync(action, Submission() with { Trap = "https://spam.example", Stamp = stamps.Issue(ActionStamps.Letter, action.Id) });
        Assert.True(trapped.Result.Succeeded);
        Assert.False(trapped.Stored);

        var hurried = await letters.SubmitAsync(action, Submission() with { Stamp = stamps.Issue(ActionStamps.Letter, action.Id) });
        Assert.Contains("quicker than anyone", hurried.Result.Error, StringComparison.Ordinal);

        var borrowed = await letters.SubmitAsync(action, Submission() with { Stamp = stamps.Issue(ActionStamps.Call, action.Id) });
        Assert.Contains("could not check this form", borrowed.Result.Error, StringComparison.Ordinal);
        Assert.Equal(0, await CountLettersAsync(scope));

        Assert.True((await SubmitAsync(scope, action, Submission())).Stored);
        Assert.True((await SubmitAsync(scope, action, Submission() with { Email = " ROSA@example.org " })).Stored);
        var third = await SubmitAsync(scope, action, Submission());
        Assert.Contains("already sent this letter today", third.Result.Error, StringComparison.Ordinal);
        Assert.Equal(2, await CountLettersAsync(scope));

        _clock.Advance(TimeSpan.FromDays(1));
        Assert.True((await SubmitAsync(scope, action, Submission())).Stored);
    }

    [Fact]
    public async Task A_split_zip_code_without_a_chosen_district_sends_nothing()
    {
        await using var scope = _app.Scope();
        var action = await LetterActionAsync(scope);

        var receipt = await SubmitAsync(scope, action, Submission() with { Zip = "60614" });

        Assert.False(receipt.Result.Succeeded);
        Assert.Equal(0, await CountLettersAsync(scope));
        Assert.True((await SubmitAsync(scope, action, Submission() with { Zip = "60614", District = "IL-5" })).Stored);
        var house = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Delivery>().SingleAsync(d => d.TargetKind == TargetKind.Representative);
        Assert.Equal(("Mike Quigley", "HIL05"), (house.TargetName, house.OfficeCode));
    }

    [Fact]
    public async Task A_supporter_with_no_senators_still_writes_to_the_fixed_target_from_their_own_place()
    {
        await using var scope = _app.Scope();
        var action = await LetterActionAsync(scope, fixedTarget: true, lawmakers: LawmakerTargets.Senators);

        var receipt = await SubmitAsync(scope, action, Submission() with { Zip = "20001", Prefix = null, City = "Washington" });

        Assert.True(receipt.Result.Succeeded, receipt.Result.Error);
        Assert.Equal(1, receipt.Messages);
        var letter = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Letter>().Include(l => l.Deliveries).SingleAsync();
        Assert.Equal(("DC", "20001", TargetKind.Fixed), (letter.State, letter.Zip, Assert.Single(letter.Deliveries).TargetKind));
    }

    [Fact]
    public async Task A_document_the_house_would_refuse_goes_to_the_manual_queue_with_the_reason()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Scope();
        var action = await LetterActionAsync(scope);

        var receipt = await SubmitAsync(scope, action, Submission());

        Assert.True(receipt.Stored);
        var house = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Delivery>().SingleAsync(d => d.TargetKind == TargetKind.Representative);
        Assert.Equal((DeliveryChannel.ContactForm, DeliveryStatus.NeedsManualDelivery), (house.Channel, house.Status));
        Assert.Contains("DeliveryAgentContactPhone", house.Answer, StringComparison.Ordinal);
    }

    private LetterService Service(AsyncServiceScope scope) =>
        ActivatorUtilities.CreateInstance<LetterService>(
            scope.ServiceProvider, _clock, ActivatorUtilities.CreateInstance<ActionStamps>(scope.ServiceProvider, _clock));

    /// <summary>Sends as a person would: the form was shown a minute before.</summary>
    private async Task<LetterReceipt> SubmitAsync(AsyncServiceScope scope, CampaignAction action, LetterSubmission submission)
    {
        var stamp = ActivatorUtilities.CreateInstance<ActionStamps>(scope.ServiceProvider, _clock).Issue(ActionStamps.Letter, action.Id);
        _clock.Advance(TimeSpan.FromMinutes(1));
        return await Service(scope).SubmitAsync(action, submission with { Stamp = stamp });
    }

    private static LetterSubmission Submission() => new(
        "94110", null, "Ms.", "Rosa", "Parks", "rosa@example.org", "1 Mission St", null, "San Francisco", null,
        "Restore due process", "Dear office, please restore due process.", null, null, "en");

    internal static async Task<CampaignAction> LetterActionAsync(
        AsyncServiceScope scope, bool fixedTarget = false, bool mayEdit = true, LawmakerTargets lawmakers = LawmakerTargets.Both)
    {
        var campaigns = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var campaign = await campaigns.CreateAsync(new CampaignInput($"c-{Guid.NewGuid():N}"[..20], "Campaign", null, "Call", null, null, null, CampaignStatus.Active));
        var actions = scope.ServiceProvider.GetRequiredService<ActionService>();
        var created = await actions.CreateAsync(new ActionInput(
            campaign.Id!.Value, ActionKind.Letter, $"letter-{Guid.NewGuid():N}"[..20], "Write", null, null, null, lawmakers,
            "Restore due process", null, "Dear office, please restore due process.", null, SupporterMayEdit: mayEdit));
        Assert.True(created.Succeeded, created.Error);
        if (fixedTarget)
        {
            Assert.True((await actions.AddFixedTargetAsync(created.Id!.Value, "Ana Secretary", "Secretary of Homeland Security", "Secretary@Agency.example")).Succeeded);
        }

        Assert.True((await actions.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        return (await actions.FindAsync(created.Id!.Value))!;
    }

    private static Task<int> CountLettersAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Letter>().CountAsync();
}
