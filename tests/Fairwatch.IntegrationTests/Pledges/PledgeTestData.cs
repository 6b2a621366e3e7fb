using AngleSharp.Html.Dom;
using Fairwatch.Campaigns;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Photos;
using Fairwatch.Pledges;

namespace Fairwatch.IntegrationTests.Pledges;

/// <summary>Pledges and campaigns made through the services, and forms filled in like a person who took a minute.</summary>
internal static class PledgeTestData
{
    public static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static string AllyEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Photos", "Fixtures", name));

    public static async Task<int> PledgeAsync(FairwatchFactory app, string slug, bool publish = true, int? campaignId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var pledges = scope.ServiceProvider.GetRequiredService<PledgeService>();
        var created = await pledges.CreateAsync(new PledgeInput(
            slug, campaignId, "Stand with our neighbours", "Acompañemos a nuestros vecinos", "I will **stand** with my neighbours.", "Acompañaré a mis vecinos."));
        Assert.True(created.Succeeded, created.Error);
        if (publish)
        {
            Assert.True((await pledges.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        }

        return created.Id!.Value;
    }

    public static async Task<(int Id, string Slug)> CampaignAsync(FairwatchFactory app)
    {
        var slug = Slug("wall");
        await using var scope = app.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await service.CreateAsync(new CampaignInput(slug, "Free the families", "Liberen a las familias", "The call.", null, null, null, CampaignStatus.Active))).Id!.Value;
        await service.SetPublishedAsync(id, true);
        return (id, slug);
    }

    /// <summary>A pledge-form stamp issued a minute ago, as if a person had spent that long reading and typing.</summary>
    public static string PledgeStamp(FairwatchFactory app, int pledgeId) =>
        ActivatorUtilities.CreateInstance<PledgeTaking>(app.Services, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1))).IssueStamp(pledgeId);

    public static string PhotoStamp(FairwatchFactory app, int campaignId)
    {
        using var scope = app.Services.CreateScope();
        return ActivatorUtilities.CreateInstance<PhotoWallService>(scope.ServiceProvider, (TimeProvider)new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1))).IssueStamp(campaignId);
    }

    public static Task<HttpResponseMessage> TakePledgeAsync(
        FairwatchFactory app, HttpClient client, string slug, int pledgeId, string email, string name = "Ana Ally", string city = "Chicago",
        string message = "", bool feature = false, string? homepage = null, string? stamp = null) =>
        client.SubmitAsync($"/pledges/{slug}", new Dictionary<string, string>
        {
            ["Ally.Name"] = name,
            ["Ally.Email"] = email,
            ["Ally.City"] = city,
            ["Ally.Message"] = message,
            ["Ally.WantsFeature"] = feature ? "true" : "false",
            ["Ally.Homepage"] = homepage ?? "",
            ["Ally.Stamp"] = stamp ?? PledgeStamp(app, pledgeId),
        });

    /// <summary>Fills the photo form with its antiforgery token, as a browser sends it (multipart), with a stamp a minute old.</summary>
    public static async Task<HttpResponseMessage> SendPhotoAsync(
        FairwatchFactory app, HttpClient client, string campaignSlug, int campaignId, byte[]? photo, string fileName = "IMG_0042.jpg",
        string caption = "Neighbours at the vigil", string name = "Ana Sender", string email = "ana-sender@example.org", string? homepage = null, string query = "")
    {
        var url = $"/campaigns/{campaignSlug}/photos/send";
        var page = await client.GetDocumentAsync(url + query);
        var form = (IHtmlFormElement)page.QuerySelector("main form")!;
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Where(i => i.Name != "Photo.Stamp"))
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        content.Add(new StringContent(PhotoStamp(app, campaignId)), "Photo.Stamp");
        content.Add(new StringContent(caption), "Photo.Caption");
        content.Add(new StringContent(name), "Photo.Name");
        content.Add(new StringContent(email), "Photo.Email");
        content.Add(new StringContent(homepage ?? ""), "Photo.Homepage");
        if (photo is not null)
        {
            content.Add(new ByteArrayContent(photo), "Photo.Photo", fileName);
        }

        return await client.PostAsync(url, content);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
