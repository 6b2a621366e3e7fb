using Fairwatch.Accounts;
using Fairwatch.Blog;
using Fairwatch.Comments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Fairwatch.IntegrationTests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class BlogBrowserTests(BrowserFixture browser)
{
    private const string Post = "/blog/alone-before-the-judge";

    [Theory]
    [InlineData("/blog", "en")]
    [InlineData("/blog", "es")]
    [InlineData("/blog?tag=due-process", "en")]
    [InlineData(Post, "en")]
    [InlineData(Post, "es")]
    [InlineData(Post + "/comment", "en")]
    [InlineData(Post + "/comment", "es")]
    public async Task Axe_finds_no_violations_on_blog_pages(string path, string language)
    {
        var page = await browser.NewPageAsync(language: language);
        var response = await page.GotoAsync(path);

        Assert.Equal(200, response!.Status);
        await ShellBrowserTests.AssertAccessibleAsync(page, $"{path} ({language})");
        Assert.Empty(browser.RequestsElsewhere(page));
        await ShellBrowserTests.SaveScreenshotAsync(page, $"blog{path.Replace('/', '-').Replace('?', '-')}-{language}");
    }

    [Theory]
    [InlineData("en", "Enter your name.")]
    [InlineData("es", "Escriba su nombre.")]
    public async Task Axe_finds_no_violations_on_the_comment_form_showing_errors(string language, string message)
    {
        var page = await browser.NewPageAsync(language: language);
        await page.GotoAsync(Post + "/comment");
        await page.FillAsync("#Comment_Body", "Kept while the errors show");

        await page.ClickAsync("main button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");

        Assert.Contains(message, await page.Locator(".error-summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Kept while the errors show", await page.InputValueAsync("#Comment_Body"));
        // The trap is hidden by the style sheet, which may still be loading when the error summary appears.
        await page.WaitForLoadStateAsync();
        Assert.False(await page.Locator("#Comment_Homepage").IsVisibleAsync());
        await ShellBrowserTests.AssertAccessibleAsync(page, $"comment form with errors ({language})");
        await ShellBrowserTests.SaveScreenshotAsync(page, $"blog-comment-errors-{language}");
    }

    [Fact]
    public async Task A_visitor_writes_a_comment_and_is_told_it_waits_for_moderation()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Post);
        await page.ClickAsync(".comments-section a.button");
        await page.FillAsync("#Comment_Name", "Browser Reader");
        await page.FillAsync("#Comment_Email", "browser-reader@example.org");
        await page.FillAsync("#Comment_Body", "Written in a real browser.\nTwo lines.");
        // A person takes a few seconds; the form refuses anything quicker.
        await page.WaitForTimeoutAsync(5_000);

        await page.ClickAsync("main button[type=submit]");

        await page.WaitForSelectorAsync(".notice--success");
        Assert.Contains("waiting for moderation", await page.Locator(".notice--success").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await browser.App.WithDbAsync(db => db.Set<Comment>().CountAsync(c => c.Email == "browser-reader@example.org" && c.Status == CommentStatus.Pending)));
        await ShellBrowserTests.AssertAccessibleAsync(page, "comment sent");
    }

    [Fact]
    public async Task The_copy_button_copies_a_sample_post_and_without_javascript_the_text_stays_selectable()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl });
        await page.GotoAsync(Post);
        var sample = page.Locator(".share__post").First;
        var text = await sample.Locator("textarea").InputValueAsync();
        Assert.Contains("#DueProcess", text, StringComparison.Ordinal);

        await sample.Locator("button").ClickAsync();

        await Assertions.Expect(sample.Locator("[role=status]")).ToContainTextAsync("Copied");
        Assert.Equal(text, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Equal("Copy", await sample.Locator("button").InnerTextAsync());
        await ShellBrowserTests.AssertAccessibleAsync(page, "post after copying");

        var noScript = await browser.NewPageAsync(javaScript: false);
        await noScript.GotoAsync(Post);
        Assert.Equal(0, await noScript.Locator(".share__post button").CountAsync());
        Assert.Equal(text, await noScript.Locator(".share__post textarea").First.InputValueAsync());
        Assert.NotNull(await noScript.Locator(".share__post textarea").First.GetAttributeAsync("readonly"));
    }

    [Fact]
    public async Task Axe_finds_no_violations_on_the_staff_blog_and_moderation_pages()
    {
        var email = $"axe-blog-{Guid.NewGuid():N}@example.org";
        await browser.App.CreateStaffAsync(email, StaffRoles.CampaignStaff);
        await browser.App.RequireTwoFactorForAsync();
        var page = await browser.NewPageAsync();
        await ShellBrowserTests.SignInAsync(page, email);
        var (postId, authorId) = await browser.App.WithDbAsync(async db =>
        {
            var post = await db.Set<BlogPost>().SingleAsync(p => p.Slug == "alone-before-the-judge");
            return (post.Id, post.AuthorId);
        });

        foreach (var path in new[]
        {
            "/staff/blog", "/staff/blog/authors", $"/staff/blog/authors/{authorId}", $"/staff/blog/{postId}",
            $"/staff/blog/{postId}/preview", $"/staff/blog/{postId}/preview?lang=es", "/staff/comments", "/staff/comments?status=approved",
        })
        {
            await page.GotoAsync(path);
            await ShellBrowserTests.AssertAccessibleAsync(page, path);
        }

        await page.GotoAsync("/staff/comments");
        Assert.True(await page.Locator(".moderation__item").CountAsync() > 0);
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-comments");

        await page.GotoAsync($"/staff/blog/{postId}");
        await page.ClickAsync("form[action$='handler=AddFact'] button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await ShellBrowserTests.AssertAccessibleAsync(page, "post edit page with errors");
        await ShellBrowserTests.SaveScreenshotAsync(page, "staff-blog-edit");
    }
}
