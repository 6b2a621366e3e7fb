using System.Net;
using Fairwatch.Actions;
using Fairwatch.Actions.Cwc;
using Fairwatch.IntegrationTests.Infrastructure;
using static Fairwatch.IntegrationTests.Actions.ActionTestData;

namespace Fairwatch.IntegrationTests.Actions;

/// <summary>With a CWC endpoint and key configured, House messages are submitted and the answer recorded.</summary>
public abstract class CwcSubmissionTests(FairwatchFactory app, CwcTestServer cwc)
{
    [Fact]
    public async Task A_house_message_is_submitted_and_accepted_and_a_refused_one_records_why()
    {
        var action = await ActionAsync(app, ActionKind.Letter, LawmakerTargets.Representative);
        var visitor = app.CreateBrowserClient();

        Assert.Equal(HttpStatusCode.Redirect, (await SendLetterAsync(app, visitor, (action.Id, action.Slug), "94110", null, Supporter($"a-{Guid.NewGuid():N}@example.org"))).StatusCode);
        var refusedFields = Supporter($"b-{Guid.NewGuid():N}@example.org");
        refusedFields["Letter.LastName"] = CwcTestServer.RefusedLastName;
        Assert.Equal(HttpStatusCode.Redirect, (await SendLetterAsync(app, visitor, (action.Id, action.Slug), "94110", null, refusedFields)).StatusCode);
        var deliveries = await DeliveriesAsync(app, action.Id);
        Assert.Equal(2, deliveries.Count);

        var accepted = await WaitForDeliveryAsync(app, deliveries[0].Id, d => d.Status != DeliveryStatus.Queued);
        Assert.Equal(DeliveryStatus.Sent, accepted.Status);
        Assert.Equal("HTTP 200: Message accepted for delivery", accepted.Answer);
        Assert.Equal(DeliveryActors.Cwc, accepted.History.OrderBy(e => e.Id).Last().Actor);

        var refused = await WaitForDeliveryAsync(app, deliveries[1].Id, d => d.Status != DeliveryStatus.Queued);
        Assert.Equal(DeliveryStatus.Failed, refused.Status);
        Assert.Equal(1, refused.Attempts);
        Assert.Contains("HTTP 400", refused.Answer, StringComparison.Ordinal);
        Assert.Contains("Constituent address could not be verified", refused.Answer, StringComparison.Ordinal);

        var received = cwc.Received.Where(r => r.Body.Contains(accepted.Key.ToString("N"), StringComparison.Ordinal)).ToList();
        var request = Assert.Single(received);
        Assert.Equal(CwcTestServer.ApiKey, request.ApiKey);
        Assert.StartsWith("application/xml", request.ContentType, StringComparison.Ordinal);
        Assert.Equal(accepted.CwcDocument, request.Body);
        Assert.Empty(CwcSchema.Validate(request.Body));

        // The staff see the refusal among the failures, and that no batches are needed.
        var staff = await app.SignedInStaffAsync(Fairwatch.Accounts.StaffRoles.CampaignStaff);
        var queue = await staff.GetDocumentAsync("/staff/actions/deliveries");
        Assert.Contains("Constituent address could not be verified", queue.QuerySelector("#failed-heading + table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("no batches are needed", (await staff.GetDocumentAsync("/staff/actions/batches")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class CwcSubmissionOnSqlite(CwcSubmissionOnSqlite.App app) : CwcSubmissionTests(app, app.Cwc), IClassFixture<CwcSubmissionOnSqlite.App>
{
    public sealed class App : SqliteApp
    {
        public CwcTestServer Cwc { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Cwc = await CwcTestServer.StartForAsync(this);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await (Cwc?.DisposeAsync() ?? ValueTask.CompletedTask);
        }
    }
}

public sealed class CwcSubmissionOnPostgres(CwcSubmissionOnPostgres.App app) : CwcSubmissionTests(app, app.Cwc), IClassFixture<CwcSubmissionOnPostgres.App>
{
    public sealed class App : PostgresApp
    {
        public CwcTestServer Cwc { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            Cwc = await CwcTestServer.StartForAsync(this);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await (Cwc?.DisposeAsync() ?? ValueTask.CompletedTask);
        }
    }
}
