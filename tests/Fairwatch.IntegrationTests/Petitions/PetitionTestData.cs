using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Petitions;
using Microsoft.EntityFrameworkCore;

namespace Fairwatch.IntegrationTests.Petitions;

/// <summary>Petitions made through the service, and signature forms filled in like a person who took a minute.</summary>
internal static class PetitionTestData
{
    public static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static string SignerEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    public static async Task<int> PetitionAsync(
        FairwatchFactory app, string slug, PetitionStatus status = PetitionStatus.Open, bool publish = true, DateOnly? deadline = null,
        string title = "Free the families", string? titleEs = "Liberen a las familias")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var petitions = scope.ServiceProvider.GetRequiredService<PetitionService>();
        var created = await petitions.CreateAsync(new PetitionInput(
            slug, null, title, titleEs, "The Secretary of Homeland Security", "El Secretario de Seguridad Nacional",
            "Dear Secretary,\n\nPlease **release** the families.", "Señor Secretario:\n\nLibere a las familias.", 100, deadline, status));
        Assert.True(created.Succeeded, created.Error);
        if (publish)
        {
            Assert.True((await petitions.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        }

        return created.Id!.Value;
    }

    /// <summary>A signature-form stamp issued a minute ago, as if a person had spent that long reading and typing.</summary>
    public static string WrittenAMinuteAgo(FairwatchFactory app, int petitionId) =>
        ActivatorUtilities.CreateInstance<PetitionSigning>(app.Services, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1)))
            .IssueStamp(petitionId);

    /// <summary>Fills the petition's form (at <paramref name="pageUrl"/>) and posts it with its hidden fields.</summary>
    public static Task<HttpResponseMessage> SignAsync(
        FairwatchFactory app, HttpClient client, string pageUrl, int petitionId, string email, string firstName = "Ana", string lastName = "Signer",
        string zip = "94110", bool showName = true, bool updates = false, string comment = "", string? website = null, string? stamp = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Signature.FirstName"] = firstName,
            ["Signature.LastName"] = lastName,
            ["Signature.Email"] = email,
            ["Signature.Zip"] = zip,
            ["Signature.Comment"] = comment,
            ["Signature.ShowName"] = showName ? "true" : "false",
            ["Signature.WantsUpdates"] = updates ? "true" : "false",
            ["Signature.Website"] = website ?? "",
            ["Signature.Stamp"] = stamp ?? WrittenAMinuteAgo(app, petitionId),
        };
        return client.SubmitAsync(pageUrl, fields);
    }

    public static Task<int> CountRowsAsync(FairwatchFactory app, int petitionId) =>
        app.WithDbAsync(db => db.Set<PetitionSignature>().CountAsync(s => s.PetitionId == petitionId));

    public static Task<PetitionCounter> CounterAsync(FairwatchFactory app, int petitionId) =>
        app.WithDbAsync(db => db.Set<PetitionCounter>().AsNoTracking().SingleAsync(c => c.PetitionId == petitionId));

    /// <summary>Confirms a signature as following its e-mailed link would.</summary>
    public static async Task ConfirmAsync(FairwatchFactory app, int petitionId, string email)
    {
        var id = await app.WithDbAsync(db => db.Set<PetitionSignature>().Where(s => s.PetitionId == petitionId && s.Email == email).Select(s => s.Id).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var token = scope.ServiceProvider.GetRequiredService<SignatureLinks>().ConfirmToken(id);
        Assert.Equal(LinkResult.Done, await scope.ServiceProvider.GetRequiredService<PetitionService>().ConfirmAsync(token));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
