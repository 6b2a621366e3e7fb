using Fairwatch.Data;
using Fairwatch.Pledges;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Fairwatch.Tests.Pledges;

/// <summary>The pledge kind of the batching writer, on the real schema: one pledge per address, unpublished pledges, exact counters.</summary>
public sealed class PledgeWriterTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc);

    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task One_address_pledges_once_in_a_group_and_in_later_groups_and_nothing_about_it_changes()
    {
        var pledge = await PledgeAsync();

        var first = await WriteGroupAsync(Request(pledge, "ana@example.org", "Ana"), Request(pledge, "ben@example.org", "Ben"), Request(pledge, "ana@example.org", "Impostor"));
        var later = await WriteGroupAsync(Request(pledge, "ana@example.org", "Changed", wantsFeature: true), Request(pledge, "cy@example.org", "Cy"));

        Assert.Equal([PledgeOutcome.Pledged, PledgeOutcome.Pledged, PledgeOutcome.AlreadyPledged], first);
        Assert.Equal([PledgeOutcome.AlreadyPledged, PledgeOutcome.Pledged], later);
        var allies = await AlliesAsync(pledge);
        Assert.Equal(["Ana", "Ben", "Cy"], allies.Select(a => a.Name));
        Assert.False(allies[0].WantsFeature);
        Assert.Equal(3, await CounterAsync(pledge));
    }

    [Fact]
    public async Task An_unpublished_pledge_takes_no_allies_and_the_others_in_the_group_are_kept()
    {
        var open = await PledgeAsync();
        var hidden = await PledgeAsync(published: false);

        var outcomes = await WriteGroupAsync(Request(hidden, "ana@example.org", "Ana"), Request(open, "ana@example.org", "Ana"));

        Assert.Equal([PledgeOutcome.Closed, PledgeOutcome.Pledged], outcomes);
        Assert.Empty(await AlliesAsync(hidden));
        Assert.Equal((0, 1), (await CounterAsync(hidden), await CounterAsync(open)));
    }

    [Fact]
    public async Task A_stored_ally_reads_back_through_ef_with_every_field_as_written()
    {
        var pledge = await PledgeAsync();
        var request = new PledgeRequest(pledge, "Zoë O'Brien", "zoe@example.org", "San José", "I'm in.", true, Cultures.Spanish, Now.AddTicks(1234567));

        await WriteGroupAsync(request);

        var stored = Assert.Single(await AlliesAsync(pledge));
        Assert.Equal(
            (request.Name, request.Email, request.City, request.Message, request.WantsFeature, request.Culture, request.PledgedAt),
            (stored.Name, stored.Email, stored.City, stored.Message, stored.WantsFeature, stored.Culture, stored.CreatedAt));
        Assert.Null(stored.FeaturedAt);
        Assert.Equal("Zoë", PledgeAlly.FirstName(stored.Name));
    }

    [Fact]
    public async Task Through_the_writer_concurrent_pledges_count_exactly_and_duplicates_lose()
    {
        var pledge = await PledgeAsync();
        var writer = new ActionWriter(
            _app.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new ActionWriterOptions()), NullLogger<ActionWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var kind = new PledgeWriter();

        // 200 people, each pressing the button twice at the same moment.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 400).Select(i =>
            Task.Run(() => writer.WriteAsync(kind, Request(pledge, $"person{i % 200}@example.org", $"P{i}")))));
        await writer.StoppedAsync(CancellationToken.None);

        Assert.Equal(200, outcomes.Count(o => o == PledgeOutcome.Pledged));
        Assert.Equal(200, outcomes.Count(o => o == PledgeOutcome.AlreadyPledged));
        Assert.Equal(200, (await AlliesAsync(pledge)).Count);
        Assert.Equal(200, await CounterAsync(pledge));
    }

    private static PledgeRequest Request(int pledgeId, string email, string name, bool wantsFeature = false) =>
        new(pledgeId, name, email, "Chicago", null, wantsFeature, Cultures.English, Now);

    /// <summary>One group, as the writer runs it: the kind inside a transaction, then a commit.</summary>
    private async Task<PledgeOutcome[]> WriteGroupAsync(params PledgeRequest[] requests)
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcomes = await new PledgeWriter().WriteAsync(db, requests, CancellationToken.None);
        await transaction.CommitAsync();
        return outcomes;
    }

    private async Task<int> PledgeAsync(bool published = true)
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var pledge = new Pledge
        {
            Slug = $"p-{Guid.NewGuid():N}"[..20],
            Title = LocalizedText.From("A pledge", null),
            Text = LocalizedText.From("I will.", null),
            IsPublished = published,
            CreatedAt = Now,
            UpdatedAt = Now,
            Counter = new PledgeCounter(),
        };
        db.Add(pledge);
        await db.SaveChangesAsync();
        return pledge.Id;
    }

    private async Task<List<PledgeAlly>> AlliesAsync(int pledgeId)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<PledgeAlly>()
            .Where(a => a.PledgeId == pledgeId).OrderBy(a => a.Id).ToListAsync();
    }

    private async Task<int> CounterAsync(int pledgeId)
    {
        await using var scope = _app.Scope();
        return (await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<PledgeCounter>().SingleAsync(c => c.PledgeId == pledgeId)).Allies;
    }
}
