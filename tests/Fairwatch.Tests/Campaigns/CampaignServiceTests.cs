using Fairwatch.Campaigns;
using Fairwatch.Web;

namespace Fairwatch.Tests.Campaigns;

public sealed class CampaignServiceTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static CampaignInput Input(string slug) =>
        new(slug, "Title", "Título", "The call", null, "About *this*", null, CampaignStatus.Active);

    [Theory]
    [InlineData("ab")]
    [InlineData("Has-Capitals")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("spaces here")]
    [InlineData("../etc")]
    public async Task Refuses_an_address_that_is_not_a_clean_slug(string slug)
    {
        await using var scope = _app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();

        var result = await service.CreateAsync(Input(slug));

        Assert.False(result.Succeeded);
        Assert.Equal(nameof(CampaignInput.Slug), result.Field);
        Assert.Empty(await service.ListAllAsync());
    }

    [Fact]
    public async Task Two_campaigns_cannot_share_an_address()
    {
        await using var scope = _app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();

        Assert.True((await service.CreateAsync(Input("one-address"))).Succeeded);
        var second = await service.CreateAsync(Input("one-address"));

        Assert.False(second.Succeeded);
        Assert.Single(await service.ListAllAsync());
    }

    [Fact]
    public async Task Only_published_campaigns_are_public_and_publishing_records_when()
    {
        await using var scope = _app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await service.CreateAsync(Input("quiet"))).Id!.Value;

        Assert.Null(await service.FindPublishedAsync("quiet"));
        await service.SetPublishedAsync(id, true);
        var published = await service.FindPublishedAsync("quiet");
        Assert.NotNull(published);
        Assert.NotNull(published.PublishedAt);

        await service.SetPublishedAsync(id, false);
        Assert.Null(await service.FindPublishedAsync("quiet"));
        Assert.Empty(await service.ListPublishedAsync());
    }

    [Fact]
    public async Task Ladder_steps_keep_their_order_and_move_one_place_at_a_time()
    {
        await using var scope = _app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await service.CreateAsync(Input("ladder"))).Id!.Value;
        foreach (var title in new[] { "Watch", "Tell Congress", "Sign up" })
        {
            Assert.True((await service.AddStepAsync(id, new StepInput(title, null, null, null, "/somewhere"))).Succeeded);
        }

        var signUp = (await service.FindAsync(id))!.Ladder.Single(s => s.Title.En == "Sign up");
        await service.MoveStepAsync(id, signUp.Id, up: true);
        await service.MoveStepAsync(id, signUp.Id, up: true);
        await service.MoveStepAsync(id, signUp.Id, up: true);

        Assert.Equal(["Sign up", "Watch", "Tell Congress"], (await service.FindAsync(id))!.Ladder.Select(s => s.Title.En));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("//evil.example")]
    [InlineData("ftp://files.example")]
    public async Task A_step_cannot_link_to_an_unsafe_or_foreign_scheme(string url)
    {
        await using var scope = _app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var id = (await service.CreateAsync(Input("unsafe-links"))).Id!.Value;

        Assert.False((await service.AddStepAsync(id, new StepInput("Step", null, null, null, url))).Succeeded);
        Assert.Empty((await service.FindAsync(id))!.Ladder);
    }

    [Fact]
    public async Task An_item_of_one_campaign_cannot_be_removed_through_another()
    {
        await using var scope = _app.Scope();
        var service = scope.ServiceProvider.GetRequiredService<CampaignService>();
        var first = (await service.CreateAsync(Input("first-one"))).Id!.Value;
        var second = (await service.CreateAsync(Input("second-one"))).Id!.Value;
        await service.AddPartnerAsync(first, "Partner", "https://partner.example");
        var partner = (await service.FindAsync(first))!.Partners.Single();

        Assert.False((await service.RemoveAsync<CampaignPartner>(second, partner.Id)).Succeeded);
        Assert.Single((await service.FindAsync(first))!.Partners);
    }

    [Fact]
    public void Readers_get_their_language_when_it_exists_and_english_otherwise()
    {
        var both = LocalizedText.From("Hello", "Hola");
        var english = LocalizedText.From("Hello", "  ");

        Assert.Equal("Hola", both.In("es-MX"));
        Assert.Equal("Hello", both.In("en"));
        Assert.Equal("Hello", english.In("es"));
        Assert.Null(english.Es);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img")]
    [InlineData("[click](javascript:alert(1))", "href=\"#\"")]
    [InlineData("[site](https://example.org/a?b=c)", "href=\"https://example.org/a?b=c\"")]
    [InlineData("**bold**", "<strong>bold</strong>")]
    public void Markdown_never_lets_html_or_script_links_through(string markdown, string expected)
    {
        var html = Markdown.ToHtml(markdown).ToString()!;

        Assert.Contains(expected, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
