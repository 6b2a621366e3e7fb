using Fairwatch.Data;
using Fairwatch.Petitions;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Fairwatch.Tests.Petitions;

/// <summary>The signature kind of the batching writer, on the real schema: dedupe, closed petitions, exact counters.</summary>
public sealed class SignatureWriterTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc);

    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_first_of_several_signatures_from_one_address_in_a_group_is_kept_and_the_rest_are_told_they_already_signed()
    {
        var petition = await PetitionAsync();

        var outcomes = await WriteGroupAsync(
            Request(petition, "ana@example.org", "Ana"),
            Request(petition, "ben@example.org", "Ben"),
            Request(petition, "ana@example.org", "Impostor"));

        Assert.Equal([SignatureOutcome.Signed, SignatureOutcome.Signed, SignatureOutcome.AlreadySigned], outcomes);
        var rows = await SignaturesAsync(petition);
        Assert.Equal(["Ana", "Ben"], rows.Select(r => r.FirstName));
        Assert.Equal((2, 0), await CounterAsync(petition));
    }

    [Fact]
    public async Task An_address_that_signed_in_an_earlier_group_is_told_so_and_nothing_changes()
    {
        var petition = await PetitionAsync();
        Assert.Equal([SignatureOutcome.Signed], await WriteGroupAsync(Request(petition, "ana@example.org", "Ana")));

        var again = await WriteGroupAsync(Request(petition, "ana@example.org", "Changed", wantsUpdates: true), Request(petition, "cy@example.org", "Cy"));

        Assert.Equal([SignatureOutcome.AlreadySigned, SignatureOutcome.Signed], again);
        var ana = (await SignaturesAsync(petition)).Single(s => s.Email == "ana@example.org");
        Assert.Equal("Ana", ana.FirstName);
        Assert.False(ana.WantsUpdates);
        Assert.Equal((2, 0), await CounterAsync(petition));
    }

    [Fact]
    public async Task The_same_address_may_sign_different_petitions_and_each_counter_counts_its_own()
    {
        var first = await PetitionAsync();
        var second = await PetitionAsync();

        var outcomes = await WriteGroupAsync(
            Request(first, "ana@example.org", "Ana"), Request(second, "ana@example.org", "Ana"), Request(second, "ben@example.org", "Ben"));

        Assert.All(outcomes, o => Assert.Equal(SignatureOutcome.Signed, o));
        Assert.Equal((1, 0), await CounterAsync(first));
        Assert.Equal((2, 0), await CounterAsync(second));
    }

    [Theory]
    [InlineData(PetitionStatus.Closed, true, null)]
    [InlineData(PetitionStatus.Won, true, null)]
    [InlineData(PetitionStatus.Open, false, null)]
    [InlineData(PetitionStatus.Open, true, -2)]
    public async Task A_petition_that_does_not_take_signatures_stores_none(PetitionStatus status, bool published, int? deadlineDays)
    {
        var open = await PetitionAsync();
        var closed = await PetitionAsync(status, published, deadlineDays is { } days ? DateOnly.FromDateTime(Now).AddDays(days) : null);

        var outcomes = await WriteGroupAsync(Request(closed, "ana@example.org", "Ana"), Request(open, "ana@example.org", "Ana"));

        Assert.Equal([SignatureOutcome.Closed, SignatureOutcome.Signed], outcomes);
        Assert.Empty(await SignaturesAsync(closed));
        Assert.Equal((0, 0), await CounterAsync(closed));
    }

    [Fact]
    public void The_deadline_day_lasts_until_it_has_ended_everywhere_on_earth()
    {
        var deadline = new DateOnly(2026, 5, 4);
        var lastMoment = new DateTime(2026, 5, 5, 11, 59, 59, DateTimeKind.Utc);

        Assert.True(Petition.TakesSignatures(true, PetitionStatus.Open, deadline, lastMoment));
        Assert.False(Petition.TakesSignatures(true, PetitionStatus.Open, deadline, lastMoment.AddSeconds(1)));
    }

    [Fact]
    public async Task A_stored_signature_reads_back_through_ef_with_every_field_as_written()
    {
        var petition = await PetitionAsync();
        var request = new SignatureRequest(petition, "Zoë", "O'Brien", "zoe@example.org", "94110", "CA", "Line one\nline two", true, true, Cultures.Spanish, Now.AddTicks(1234567));

        await WriteGroupAsync(request);

        var stored = Assert.Single(await SignaturesAsync(petition));
        Assert.Equal(
            (request.FirstName, request.LastName, request.Email, request.Zip, request.State, request.Comment, request.ShowName, request.WantsUpdates, request.Culture, request.SignedAt),
            (stored.FirstName, stored.LastName, stored.Email, stored.Zip, stored.State, stored.Comment, stored.ShowName, stored.WantsUpdates, stored.Culture, stored.CreatedAt));
        Assert.Equal(DateTimeKind.Utc, stored.CreatedAt.Kind);
        Assert.Null(stored.ConfirmedAt);
        Assert.Null(stored.ConfirmationQueuedAt);
    }

    [Fact]
    public async Task Through_the_writer_concurrent_signatures_count_exactly_and_duplicates_lose()
    {
        var petition = await PetitionAsync();
        var writer = new ActionWriter(
            _app.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new ActionWriterOptions()), NullLogger<ActionWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        var kind = new SignatureWriter();

        // 300 people, each pressing "sign" twice at the same moment.
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 600).Select(i =>
            Task.Run(() => writer.WriteAsync(kind, Request(petition, $"person{i % 300}@example.org", $"P{i}")))));
        await writer.StoppedAsync(CancellationToken.None);

        Assert.Equal(300, outcomes.Count(o => o == SignatureOutcome.Signed));
        Assert.Equal(300, outcomes.Count(o => o == SignatureOutcome.AlreadySigned));
        Assert.Equal(300, (await SignaturesAsync(petition)).Count);
        Assert.Equal((300, 0), await CounterAsync(petition));
    }

    private static SignatureRequest Request(int petitionId, string email, string firstName, bool wantsUpdates = false) =>
        new(petitionId, firstName, "Signer", email, "94110", "CA", null, true, wantsUpdates, Cultures.English, Now);

    /// <summary>One group, as the writer runs it: the kind inside a transaction, then a commit.</summary>
    private async Task<SignatureOutcome[]> WriteGroupAsync(params SignatureRequest[] requests)
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var outcomes = await new SignatureWriter().WriteAsync(db, requests, CancellationToken.None);
        await transaction.CommitAsync();
        return outcomes;
    }

    private async Task<int> PetitionAsync(PetitionStatus status = PetitionStatus.Open, bool published = true, DateOnly? deadline = null)
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var petition = new Petition
        {
            Slug = $"p-{Guid.NewGuid():N}"[..20],
            Title = LocalizedText.From("A petition", null),
            Target = LocalizedText.From("Someone", null),
            Letter = LocalizedText.From("Please.", null),
            Goal = 10,
            Status = status,
            IsPublished = published,
            Deadline = deadline,
            CreatedAt = Now,
            UpdatedAt = Now,
            Counter = new PetitionCounter(),
        };
        db.Add(petition);
        await db.SaveChangesAsync();
        return petition.Id;
    }

    private async Task<List<PetitionSignature>> SignaturesAsync(int petitionId)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<PetitionSignature>()
            .Where(s => s.PetitionId == petitionId).OrderBy(s => s.Id).ToListAsync();
    }

    private async Task<(int Signatures, int Confirmed)> CounterAsync(int petitionId)
    {
        await using var scope = _app.Scope();
        var counter = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<PetitionCounter>().SingleAsync(c => c.PetitionId == petitionId);
        return (counter.Signatures, counter.Confirmed);
    }
}
