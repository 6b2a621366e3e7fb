using Fairwatch.Comments;
using Fairwatch.Data;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Tests.Comments;

public sealed class CommentServiceTests : IAsyncLifetime
{
    private const int PostId = 7;

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 5, 4, 12, 0, 0, TimeSpan.Zero));
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_new_comment_waits_for_moderation_and_only_approved_ones_are_public()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);

        var receipt = await SubmitAsync(service, "ana@example.org", "First line\nsecond line");

        Assert.True(receipt.Result.Succeeded);
        Assert.True(receipt.Stored);
        Assert.Equal(CommentStatus.Pending, receipt.Status);
        Assert.Empty(await PublishedAsync(service, CommentTargets.Post, PostId));

        Assert.True((await service.ModerateAsync(receipt.Result.Id!.Value, CommentStatus.Approved, "staff-1")).Succeeded);

        var published = Assert.Single(await PublishedAsync(service, CommentTargets.Post, PostId));
        Assert.Equal("Ana", published.Name);
        Assert.Equal("First line\nsecond line", published.Body);
        Assert.Empty(await PublishedAsync(service, CommentTargets.Post, PostId + 1));
        Assert.Empty(await PublishedAsync(service, "film", PostId));
        // What the public sees cannot carry an address: the type has nowhere to put it.
        Assert.DoesNotContain(typeof(PublishedComment).GetProperties(), p => p.Name.Contains("mail", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Rejected_comments_and_spam_stay_hidden_and_each_state_is_counted()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var ids = new List<int>();
        foreach (var email in new[] { "a@example.org", "b@example.org", "c@example.org", "d@example.org" })
        {
            ids.Add((await SubmitAsync(service, email)).Result.Id!.Value);
        }

        await service.ModerateAsync(ids[0], CommentStatus.Approved, "staff-1");
        await service.ModerateAsync(ids[1], CommentStatus.Rejected, "staff-1");
        await service.ModerateAsync(ids[2], CommentStatus.Spam, "staff-1");

        var counts = await service.CountsAsync();
        Assert.Equal(1, counts[CommentStatus.Pending]);
        Assert.Equal(1, counts[CommentStatus.Approved]);
        Assert.Equal(1, counts[CommentStatus.Rejected]);
        Assert.Equal(1, counts[CommentStatus.Spam]);
        Assert.Equal(ids[0], Assert.Single(await PublishedAsync(service, CommentTargets.Post, PostId)).Id);
        var waiting = await service.ListForModerationAsync(CommentStatus.Pending, 1);
        Assert.Equal(ids[3], Assert.Single(waiting.Items).Comment.Id);
        Assert.Equal("d@example.org", waiting.Items[0].Comment.Email);
        var spam = await service.ListForModerationAsync(CommentStatus.Spam, 1);
        Assert.Equal("staff-1", Assert.Single(spam.Items).Comment.ModeratedBy);
    }

    [Fact]
    public async Task Trusting_an_address_publishes_what_it_has_waiting_and_later_comments_at_once_however_it_is_typed()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var first = await SubmitAsync(service, "Returning@Example.org");
        var second = await SubmitAsync(service, "returning@example.org");
        var stranger = await SubmitAsync(service, "stranger@example.org");

        Assert.True((await service.TrustAsync(first.Result.Id!.Value, "staff-1")).Succeeded);

        Assert.Equal(
            [first.Result.Id, second.Result.Id],
            (await PublishedAsync(service, CommentTargets.Post, PostId)).Select(c => (int?)c.Id));
        var later = await SubmitAsync(service, "  RETURNING@example.ORG ");
        Assert.Equal(CommentStatus.Approved, later.Status);
        Assert.Equal(3, (await PublishedAsync(service, CommentTargets.Post, PostId)).Count);
        Assert.Equal(CommentStatus.Pending, (await service.ListForModerationAsync(CommentStatus.Pending, 1)).Items.Single().Comment.Status);
        Assert.Equal(stranger.Result.Id, (await service.ListForModerationAsync(CommentStatus.Pending, 1)).Items.Single().Comment.Id);
        var standing = Assert.Single(await service.ListStandingsAsync());
        Assert.Equal(("returning@example.org", CommenterStanding.Trusted), (standing.Email, standing.Standing));

        await service.ClearStandingAsync("Returning@example.org");
        Assert.Equal(CommentStatus.Pending, (await SubmitAsync(service, "returning@example.org")).Status);
    }

    [Fact]
    public async Task A_banned_address_is_refused_and_its_waiting_comments_are_rejected()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var abusive = await SubmitAsync(service, "troll@example.org");
        var another = await SubmitAsync(service, "troll@example.org");
        var spam = await SubmitAsync(service, "troll@example.org");
        await service.ModerateAsync(spam.Result.Id!.Value, CommentStatus.Spam, "staff-1");

        Assert.True((await service.BanAsync(abusive.Result.Id!.Value, "staff-2")).Succeeded);

        var counts = await service.CountsAsync();
        Assert.Equal(0, counts[CommentStatus.Pending]);
        Assert.Equal(2, counts[CommentStatus.Rejected]);
        Assert.Equal(1, counts[CommentStatus.Spam]);
        var refused = await SubmitAsync(service, "Troll@Example.org");
        Assert.False(refused.Result.Succeeded);
        Assert.False(refused.Stored);
        Assert.Equal("Email", refused.Result.Field);
        Assert.Equal(3, await CountStoredAsync(scope));
        Assert.NotNull(another.Result.Id);
    }

    [Fact]
    public async Task A_filled_honeypot_looks_accepted_but_nothing_is_stored()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var stamp = service.IssueStamp(CommentTargets.Post, PostId);
        _clock.Advance(TimeSpan.FromSeconds(30));

        var receipt = await service.SubmitAsync(new CommentSubmission(
            CommentTargets.Post, PostId, "Bot", "bot@example.org", "Cheap pills", "https://spam.example", stamp));

        Assert.True(receipt.Result.Succeeded);
        Assert.False(receipt.Stored);
        Assert.Equal(0, await CountStoredAsync(scope));
    }

    [Fact]
    public async Task A_form_sent_back_quicker_than_a_person_can_write_is_refused_until_enough_time_has_passed()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var stamp = service.IssueStamp(CommentTargets.Post, PostId);
        var submission = new CommentSubmission(CommentTargets.Post, PostId, "Quick", "quick@example.org", "Hello", null, stamp);

        _clock.Advance(TimeSpan.FromSeconds(1));
        var tooFast = await service.SubmitAsync(submission);
        Assert.False(tooFast.Result.Succeeded);
        Assert.Contains("quicker than anyone can write", tooFast.Result.Error, StringComparison.Ordinal);
        Assert.Equal(stamp, service.RenewStamp(stamp, CommentTargets.Post, PostId));
        Assert.Equal(0, await CountStoredAsync(scope));

        _clock.Advance(TimeSpan.FromSeconds(4));
        Assert.True((await service.SubmitAsync(submission)).Stored);
    }

    [Fact]
    public async Task A_stale_forged_or_borrowed_form_stamp_is_refused()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var stamp = service.IssueStamp(CommentTargets.Post, PostId);
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(StampCheck.Valid, service.CheckStamp(stamp, CommentTargets.Post, PostId));
        Assert.Equal(StampCheck.Invalid, service.CheckStamp(stamp, CommentTargets.Post, PostId + 1));
        Assert.Equal(StampCheck.Invalid, service.CheckStamp(stamp, "film", PostId));
        Assert.Equal(StampCheck.Invalid, service.CheckStamp(stamp[..^4] + "AAAA", CommentTargets.Post, PostId));
        Assert.Equal(StampCheck.Invalid, service.CheckStamp(null, CommentTargets.Post, PostId));
        var missing = await service.SubmitAsync(new CommentSubmission(CommentTargets.Post, PostId, "Ana", "ana@example.org", "Hello", null, null));
        Assert.False(missing.Result.Succeeded);

        _clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(StampCheck.Expired, service.CheckStamp(stamp, CommentTargets.Post, PostId));
        var stale = await service.SubmitAsync(new CommentSubmission(CommentTargets.Post, PostId, "Ana", "ana@example.org", "Hello", null, stamp));
        Assert.Contains("open for a long time", stale.Result.Error, StringComparison.Ordinal);
        Assert.NotEqual(stamp, service.RenewStamp(stamp, CommentTargets.Post, PostId));
        Assert.Equal(0, await CountStoredAsync(scope));
    }

    [Theory]
    [InlineData("See https://a.example and http://b.example and www.c.example", false)]
    [InlineData("Three: https://a.example https://b.example ftp://c.example", false)]
    [InlineData("Two are fine: https://a.example and www.b.example", true)]
    [InlineData("No links, just words.", true)]
    public async Task A_comment_may_hold_two_links_at_most(string body, bool accepted)
    {
        await using var scope = _app.Scope();
        var service = Service(scope);

        var receipt = await SubmitAsync(service, "links@example.org", body);

        Assert.Equal(accepted, receipt.Result.Succeeded);
        Assert.Equal(accepted ? null : "Body", receipt.Result.Field);
    }

    [Theory]
    [InlineData("", "ana@example.org", "Hello", "Name")]
    [InlineData("Visit www.spam.example", "ana@example.org", "Hello", "Name")]
    [InlineData("Ana", "", "Hello", "Email")]
    [InlineData("Ana", "not an address", "Hello", "Email")]
    [InlineData("Ana", "ana@localhost", "Hello", "Email")]
    [InlineData("Ana", "ana@example.org", "   ", "Body")]
    public async Task Missing_or_malformed_fields_are_refused_with_the_field_named(string name, string email, string body, string field)
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var stamp = service.IssueStamp(CommentTargets.Post, PostId);
        _clock.Advance(TimeSpan.FromSeconds(30));

        var receipt = await service.SubmitAsync(new CommentSubmission(CommentTargets.Post, PostId, name, email, body, null, stamp));

        Assert.False(receipt.Result.Succeeded);
        Assert.Equal(field, receipt.Result.Field);
        Assert.Equal(0, await CountStoredAsync(scope));
    }

    [Fact]
    public async Task A_comment_longer_than_the_limit_is_refused()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);

        Assert.True((await SubmitAsync(service, "long@example.org", new string('a', CommentLimits.BodyLength))).Stored);
        var tooLong = await SubmitAsync(service, "long@example.org", new string('a', CommentLimits.BodyLength + 1));
        Assert.Equal("Body", tooLong.Result.Field);
    }

    [Fact]
    public async Task One_address_may_send_a_few_comments_an_hour()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var limit = scope.ServiceProvider.GetRequiredService<IOptions<CommentOptions>>().Value.PerAddressPerHour;
        for (var i = 0; i < limit; i++)
        {
            Assert.True((await SubmitAsync(service, "eager@example.org")).Stored);
        }

        var refused = await SubmitAsync(service, "Eager@example.org");
        Assert.False(refused.Result.Succeeded);
        Assert.Contains("in the last hour", refused.Result.Error, StringComparison.Ordinal);
        Assert.True((await SubmitAsync(service, "someone-else@example.org")).Stored);

        _clock.Advance(TimeSpan.FromMinutes(61));
        Assert.True((await SubmitAsync(service, "eager@example.org")).Stored);
    }

    [Fact]
    public async Task Refused_comments_are_deleted_after_the_retention_period_and_the_others_kept()
    {
        await using var scope = _app.Scope();
        var service = Service(scope);
        var rejected = (await SubmitAsync(service, "r@example.org")).Result.Id!.Value;
        var spam = (await SubmitAsync(service, "s@example.org")).Result.Id!.Value;
        var approved = (await SubmitAsync(service, "a@example.org")).Result.Id!.Value;
        await SubmitAsync(service, "p@example.org");
        await service.ModerateAsync(rejected, CommentStatus.Rejected, null);
        await service.ModerateAsync(spam, CommentStatus.Spam, null);
        await service.ModerateAsync(approved, CommentStatus.Approved, null);

        _clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await service.PurgeRefusedAsync());
        _clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(2, await service.PurgeRefusedAsync());

        Assert.Equal(2, await CountStoredAsync(scope));
        var emails = await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Comment>().Select(c => c.Email).ToListAsync();
        Assert.DoesNotContain("r@example.org", emails);
        Assert.DoesNotContain("s@example.org", emails);
    }

    [Fact]
    public void Comment_text_is_encoded_and_keeps_its_line_breaks()
    {
        using var writer = new StringWriter();
        CommentText.ToHtml("<b>Hi</b> & <script>x</script>\r\nsecond line\n\n\nnew paragraph").WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("<p>&lt;b&gt;Hi&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;<br>second line</p><p>new paragraph</p>", writer.ToString());
    }

    [Fact]
    public async Task Published_comments_come_a_page_at_a_time_oldest_first_and_pages_past_the_end_do_not_exist()
    {
        await using var scope = _app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        db.AddRange(Enumerable.Range(0, 120).Select(i => new Comment
        {
            TargetKind = CommentTargets.Film, TargetId = PostId, Name = $"Person {i}", Email = $"p{i}@example.org",
            Body = $"Comment {i}", Status = CommentStatus.Approved, CreatedAt = start.AddMinutes(i),
        }));
        db.Add(new Comment
        {
            TargetKind = CommentTargets.Film, TargetId = PostId, Name = "Waiting", Email = "w@example.org",
            Body = "Not yet", Status = CommentStatus.Pending, CreatedAt = start,
        });
        await db.SaveChangesAsync();
        var service = Service(scope);

        var first = (await service.ListPublishedAsync(CommentTargets.Film, PostId))!;
        var last = (await service.ListPublishedAsync(CommentTargets.Film, PostId, 3))!;

        Assert.Equal((120, 1, 3), (first.Total, first.PageNumber, first.PageCount));
        Assert.Equal(Enumerable.Range(0, PublishedComments.PageSize).Select(i => $"Comment {i}"), first.Comments.Select(c => c.Body));
        Assert.Equal(Enumerable.Range(100, 20).Select(i => $"Comment {i}"), last.Comments.Select(c => c.Body));
        Assert.Null(await service.ListPublishedAsync(CommentTargets.Film, PostId, 4));
        Assert.Null(await service.ListPublishedAsync(CommentTargets.Film, PostId, 0));
        // A post or film without comments still has its one (empty) first page.
        Assert.Equal(0, (await service.ListPublishedAsync(CommentTargets.Post, PostId))!.Total);
    }

    private static async Task<IReadOnlyList<PublishedComment>> PublishedAsync(CommentService service, string targetKind, int targetId) =>
        (await service.ListPublishedAsync(targetKind, targetId))!.Comments;

    private CommentService Service(AsyncServiceScope scope) => ActivatorUtilities.CreateInstance<CommentService>(scope.ServiceProvider, _clock);

    /// <summary>Submits as a person would: the form was shown half a minute before.</summary>
    private async Task<CommentReceipt> SubmitAsync(CommentService service, string email, string body = "A thoughtful comment.")
    {
        var stamp = service.IssueStamp(CommentTargets.Post, PostId);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var name = email.Split('@')[0].Trim();
        return await service.SubmitAsync(new CommentSubmission(
            CommentTargets.Post, PostId, char.ToUpperInvariant(name[0]) + name[1..], email, body, null, stamp));
    }

    private static Task<int> CountStoredAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<FairwatchDb>().Set<Comment>().CountAsync();
}
