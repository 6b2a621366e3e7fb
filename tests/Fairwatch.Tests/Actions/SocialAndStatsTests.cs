using System.Text;
using Fairwatch.Actions;
using Fairwatch.Lawmakers;
using Fairwatch.Web;

namespace Fairwatch.Tests.Actions;

public sealed class SocialAndStatsTests
{
    private static readonly Lawmaker Senator = new("S000001", "One Senator", Chamber.Senate, "OR", null, "Democrat", null, null, null, [], Twitter: "SenOne");
    private static readonly Lawmaker Member = new("H000001", "A Member", Chamber.House, "OR", 1, "Independent", null, null, null, [], Twitter: "RepA", Mastodon: "@RepA@mastodon.social");

    [Fact]
    public void A_post_names_the_lawmakers_accounts_on_its_platform_and_ends_with_the_hashtags()
    {
        var action = new CampaignAction
        {
            Slug = "post",
            Post = LocalizedText.From("Restore due process.", "Devuelvan el debido proceso."),
            Hashtags = "#DueProcess #FairHearings",
        };

        Assert.Equal("Restore due process. @SenOne @RepA #DueProcess #FairHearings", SocialService.Compose(action, [Senator, Member], SocialPlatform.X, "en"));
        Assert.Equal("Devuelvan el debido proceso. @RepA@mastodon.social #DueProcess #FairHearings", SocialService.Compose(action, [Senator, Member], SocialPlatform.Mastodon, "es"));
        Assert.Equal("Restore due process.", SocialService.Compose(new CampaignAction { Slug = "p", Post = LocalizedText.From("Restore due process.", null) }, [], SocialPlatform.X, "es"));
    }

    [Theory]
    [InlineData("mastodon.social", "mastodon.social")]
    [InlineData(" https://Mastodon.Social/home ", "mastodon.social")]
    [InlineData("@me@mas.to", "mas.to")]
    [InlineData("me@hachyderm.io", "hachyderm.io")]
    [InlineData("localhost", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("evil.example/share?x=", "evil.example")]
    [InlineData("", null)]
    [InlineData("two words.example", null)]
    public void A_mastodon_server_is_read_from_what_people_type(string typed, string? server) =>
        Assert.Equal(server, SocialService.NormaliseInstance(typed));

    [Fact]
    public void The_csv_export_keeps_spreadsheet_formulas_as_text()
    {
        var figures = new ActionFigures(
            3,
            [new TargetMessages("=HYPERLINK(\"http://evil.example\")", "Secretary, \"Homeland\"", DeliveryChannel.Email, 1, 2, 0, 0)],
            new Dictionary<DeliveryStatus, int> { [DeliveryStatus.Queued] = 1, [DeliveryStatus.Sent] = 2 },
            [new TargetCalls("P000197", "Nancy Pelosi", 4, 1, 0)],
            new Dictionary<SocialPlatform, int> { [SocialPlatform.X] = 5, [SocialPlatform.Mastodon] = 0, [SocialPlatform.Copied] = 1 });

        var csv = Encoding.UTF8.GetString(ActionStats.ToCsv(figures)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("kind,target,office,channel,total,queued,sent,failed,needs_manual_delivery,spoke_to_staff,left_voicemail,busy", csv[0]);
        Assert.Equal("messages,\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"Secretary, \"\"Homeland\"\"\",Email,3,1,2,0,0,,,", csv[1]);
        Assert.Equal("calls,Nancy Pelosi,P000197,,5,,,,,4,1,0", csv[2]);
        Assert.Equal(["posts,X,,,5,,,,,,,", "posts,Copied,,,1,,,,,,,"], csv[3..]);
    }
}
