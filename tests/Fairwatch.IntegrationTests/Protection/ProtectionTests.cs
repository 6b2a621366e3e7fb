using System.Net;
using Fairwatch.Accounts;
using Fairwatch.Cases;
using Fairwatch.Data;
using Fairwatch.IntegrationTests.Infrastructure;
using Fairwatch.Protection;
using Microsoft.EntityFrameworkCore;
using static Fairwatch.IntegrationTests.Cases.CaseTestData;

namespace Fairwatch.IntegrationTests.Protection;

/// <summary>Encryption at rest, key rotation while the site runs, the append-only audit log, and retention.</summary>
public abstract class ProtectionTests(FairwatchFactory app)
{
    [Fact]
    public async Task The_canary_scan_finds_a_sentence_stored_in_the_clear_so_its_silence_about_cases_means_something()
    {
        var canary = Canary("plain");
        Assert.False(await CanaryScan.IsStoredAsync(app, canary));
        await app.WithDbAsync(async db =>
        {
            db.Settings.Add(new AppSetting { Key = $"test.canary.{Guid.NewGuid():N}", Value = canary, UpdatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        Assert.True(await CanaryScan.IsStoredAsync(app, canary));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_delete_audit_entries()
    {
        var id = await app.WithDbAsync(async db =>
        {
            var entry = new AuditEntry { At = DateTime.UtcNow, ActorId = "test", ActorName = "Test", Action = AuditAction.Viewed, RecordType = "Test", RecordId = "1" };
            db.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorName, "Someone else"))));
        await Assert.ThrowsAnyAsync<Exception>(() => app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Id == id).ExecuteDeleteAsync()));
        Assert.Equal("Test", await app.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.Id == id).Select(e => e.ActorName).SingleAsync()));
    }

    [Fact]
    public async Task Administrators_read_and_filter_the_audit_log_and_nobody_else_can()
    {
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var id = await LogCallAsync(hotline, Canary("audited"));
        await hotline.GetDocumentAsync($"/staff/cases/{id}");

        var admin = await app.SignedInStaffAsync(StaffRoles.Administrator);
        var page = await admin.GetDocumentAsync($"/staff/admin/audit?type=Case&record={id}");
        var rows = page.QuerySelectorAll(".audit-log tbody tr").Select(r => r.QuerySelectorAll("td")[2].TextContent).ToList();
        Assert.Equal(["Viewed", "Created"], rows);
        var viewed = await admin.GetDocumentAsync($"/staff/admin/audit?type=Case&record={id}&action=Viewed");
        Assert.Single(viewed.QuerySelectorAll(".audit-log tbody tr"));
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");
        Assert.Empty((await admin.GetDocumentAsync($"/staff/admin/audit?type=Case&record={id}&from={tomorrow}")).QuerySelectorAll(".audit-log tbody tr"));
        Assert.DoesNotContain("canary", page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));

        Assert.StartsWith("http://localhost/account/access-denied", (await hotline.GetAsync("/staff/admin/audit")).Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_encryption_key_is_rotated_and_retired_by_commands_while_the_site_runs()
    {
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var story = Canary("rotated");
        var id = await LogCallAsync(hotline, story);
        var ring = app.Services.GetRequiredService<KeyRing>();
        var before = ring.Primary.Id;

        var output = new StringWriter();
        var args = await CommandArgsAsync(ring);
        await using (var command = FairwatchApp.Build([.. args, "protection", "rotate-key"]))
        {
            Assert.Equal(0, await FairwatchCommands.RunAsync(command, ["protection", "rotate-key"], output, output));
        }

        Assert.Contains("Rewrapped", output.ToString(), StringComparison.Ordinal);
        var after = ring.Primary.Id;
        Assert.NotEqual(before, after);
        Assert.Equal([after], await app.WithDbAsync(db => db.Set<DataKey>().Select(k => k.KeyId).Distinct().ToListAsync()));
        Assert.Equal(story, (await hotline.GetDocumentAsync($"/staff/cases/{id}")).QuerySelector("[data-narrative]")!.TextContent);

        await using (var command = FairwatchApp.Build([.. args, "protection", "retire-keys"]))
        {
            Assert.Equal(0, await FairwatchCommands.RunAsync(command, ["protection", "retire-keys"], output, output));
        }

        Assert.Contains($"Retired keys {before}", output.ToString(), StringComparison.Ordinal);
        Assert.Equal([after], ring.Keys().Select(k => k.Id));
        Assert.Equal(story, (await hotline.GetDocumentAsync($"/staff/cases/{id}")).QuerySelector("[data-narrative]")!.TextContent);
        await CanaryScan.AssertNotStoredAsync(app, story);
    }

    [Fact]
    public async Task Retention_erases_expired_personal_data_and_keeps_the_counts()
    {
        var hotline = await app.SignedInStaffAsync(StaffRoles.HotlineStaff);
        var id = await LogCallAsync(hotline, Canary("expired"));
        var page = await hotline.GetDocumentAsync($"/staff/cases/{id}");
        await hotline.SubmitAsync(page, $"/staff/cases/{id}", new Dictionary<string, string> { ["status"] = nameof(CaseStatus.Closed), ["note"] = "Resolved." }, "form[action*='handler=Move']");
        var keyId = await app.WithDbAsync(db => db.Set<Case>().Where(c => c.Id == id).Select(c => c.DataKeyId).SingleAsync());
        var recent = await LogCallAsync(hotline, Canary("recent"));
        var recentPage = await hotline.GetDocumentAsync($"/staff/cases/{recent}");
        await hotline.SubmitAsync(recentPage, $"/staff/cases/{recent}", new Dictionary<string, string> { ["status"] = nameof(CaseStatus.Closed), ["note"] = "Resolved." }, "form[action*='handler=Move']");
        // Closed three years ago: past the two years kept for hotline calls.
        var longAgo = DateOnly.FromDateTime(DateTime.UtcNow.AddYears(-3));
        await app.WithDbAsync(db => db.Set<Case>().Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClosedOn, longAgo)));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CaseRetention>().EraseExpiredAsync() >= 1);
        }

        var erased = await app.WithDbAsync(db => db.Set<Case>().AsNoTracking().Include(c => c.Categories).Include(c => c.Notes).SingleAsync(c => c.Id == id));
        Assert.Equal((null, null, null, null), (erased.NarrativeSealed, erased.NameSealed, erased.ContactSealed, erased.ANumberSealed));
        Assert.Null(erased.DataKeyId);
        Assert.Empty(erased.Notes);
        Assert.Equal([AbuseCategory.MedicalNeglect], erased.Categories.Select(c => c.Category));
        Assert.Equal((CaseSource.HotlineCall, CaseUrgency.Urgent, longAgo), (erased.Source, erased.Urgency, erased.ClosedOn!.Value));
        Assert.False(await app.WithDbAsync(db => db.Set<DataKey>().AnyAsync(k => k.Id == keyId)));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(e => e.RecordId == id.ToString() && e.Action == AuditAction.Erased)));
        Assert.NotNull(await app.WithDbAsync(db => db.Set<Case>().Where(c => c.Id == recent).Select(c => c.NarrativeSealed).SingleAsync()));

        var shown = await hotline.GetDocumentAsync($"/staff/cases/{id}");
        Assert.Contains("was erased on", shown.QuerySelector("[data-erased]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("", shown.QuerySelector("[data-narrative]")!.TextContent);
    }

    private async Task<string[]> CommandArgsAsync(KeyRing ring)
    {
        var connection = await app.WithDbAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        return ["--environment=Testing", $"--Database:Provider={app.Provider}", $"--Database:ConnectionString={connection}",
            $"--Protection:KeyFile={ring.KeyFilePath}", "--Logging:LogLevel:Default=Warning"];
    }

    private static async Task<int> LogCallAsync(HttpClient hotline, string story)
    {
        var logged = await hotline.SubmitAsync("/staff/hotline/call", new Dictionary<string, string>
        {
            ["Call.Date"] = DateTime.UtcNow.ToString("yyyy-MM-dd"),
            ["Call.Caller"] = nameof(CallerType.PersonDetained),
            ["Call.Narrative"] = story,
            ["Call.Urgency"] = nameof(CaseUrgency.Urgent),
            ["Call.Categories"] = nameof(AbuseCategory.MedicalNeglect),
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        return int.Parse(logged.Location()["/staff/cases/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }
}

public sealed class ProtectionOnSqlite(SqliteApp app) : ProtectionTests(app), IClassFixture<SqliteApp>;

public sealed class ProtectionOnPostgres(PostgresApp app) : ProtectionTests(app), IClassFixture<PostgresApp>;
