using Fairwatch.Blog;
using Fairwatch.Comments;
using Fairwatch.IntegrationTests.Infrastructure;

namespace Fairwatch.IntegrationTests.Blog;

/// <summary>Posts made through the service, staff who are signed in, and comment forms that are old enough to send.</summary>
internal static class BlogTestData
{
    public static string Slug(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<int> AuthorAsync(FairwatchFactory app, string name = "Test Author", string? bioEs = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var blog = scope.ServiceProvider.GetRequiredService<BlogService>();
        return (await blog.CreateAuthorAsync(new AuthorInput(name, "Writes about fairness.", bioEs))).Id!.Value;
    }

    public static async Task<int> PublishedPostAsync(
        FairwatchFactory app, string slug, DateTime date, string title = "A post", string? titleEs = null, int? campaignId = null, int? authorId = null)
    {
        authorId ??= await AuthorAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var blog = scope.ServiceProvider.GetRequiredService<BlogService>();
        var created = await blog.CreateAsync(new PostInput(
            slug, title, titleEs, "What the post is about.", null, "The **text** of the post.", null, authorId.Value, date, campaignId));
        Assert.True(created.Succeeded, created.Error);
        Assert.True((await blog.SetPublishedAsync(created.Id!.Value, true)).Succeeded);
        return created.Id!.Value;
    }

    /// <summary>A comment-form stamp issued a minute ago, as if a person had spent that long writing.</summary>
    public static async Task<string> WrittenAMinuteAgoAsync(FairwatchFactory app, int postId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var past = new FixedClock(DateTimeOffset.UtcNow.AddMinutes(-1));
        return ActivatorUtilities.CreateInstance<CommentService>(scope.ServiceProvider, (TimeProvider)past).IssueStamp(CommentTargets.Post, postId);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
