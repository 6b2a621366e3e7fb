using Fairwatch.Email;

namespace Fairwatch.Tests.Email;

public sealed class EmailTemplatesTests
{
    private static readonly Dictionary<string, string> Values = new()
    {
        ["name"] = "Ana <script>",
        ["link"] = "https://fairwatch.test/account/reset-password?email=a%40b.org&token=x+y",
        ["hours"] = "2",
    };

    [Fact]
    public async Task Renders_english_and_spanish_with_subject_text_and_html()
    {
        await using var app = await TestApp.StartAsync("--Organisation:Name=Red de Apoyo");
        var templates = app.Services.GetRequiredService<EmailTemplates>();

        var english = templates.Render("password-reset", "en", Values);
        var spanish = templates.Render("password-reset", "es-MX", Values);

        Assert.Equal("Reset your Red de Apoyo password", english.Subject);
        Assert.Equal("Restablezca su contraseña de Red de Apoyo", spanish.Subject);
        Assert.Contains("Hola, Ana <script>:", spanish.TextBody, StringComparison.Ordinal);
        Assert.Contains(Values["link"], english.TextBody, StringComparison.Ordinal);
        Assert.NotNull(english.HtmlBody);
        Assert.Contains("<html lang=\"en\">", english.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", spanish.HtmlBody!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_encodes_values_in_the_html_version_only()
    {
        await using var app = await TestApp.StartAsync();
        var content = app.Services.GetRequiredService<EmailTemplates>().Render("password-reset", "en", Values);

        Assert.Contains("Ana &lt;script&gt;", content.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", content.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Ana <script>", content.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://fairwatch.test/account/reset-password?email=a%40b.org&amp;token=x+y\"", content.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_to_send_a_message_with_a_missing_value()
    {
        await using var app = await TestApp.StartAsync();
        var templates = app.Services.GetRequiredService<EmailTemplates>();

        var error = Assert.Throws<InvalidOperationException>(() => templates.Render("invitation", "en", Values));
        Assert.Contains("inviter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("password-reset")]
    [InlineData("invitation")]
    public void Every_template_exists_in_both_languages_and_both_formats(string name)
    {
        var resources = typeof(EmailTemplates).Assembly.GetManifestResourceNames();
        foreach (var file in new[] { $"{name}.en.txt", $"{name}.es.txt", $"{name}.en.html", $"{name}.es.html" })
        {
            Assert.Contains("email/" + file, resources);
        }
    }
}
