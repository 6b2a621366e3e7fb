using Fairwatch.Email;

namespace Fairwatch.Tests.Events;

public sealed class EventEmailTemplateTests
{
    [Theory]
    [InlineData("event-confirmed")]
    [InlineData("event-waitlisted")]
    [InlineData("event-promoted")]
    [InlineData("event-reminder")]
    [InlineData("event-cancelled")]
    [InlineData("host-request-received")]
    public void Every_event_template_exists_in_both_languages_and_both_formats(string name)
    {
        var resources = typeof(EmailTemplates).Assembly.GetManifestResourceNames();
        foreach (var file in new[] { $"{name}.en.txt", $"{name}.es.txt", $"{name}.en.html", $"{name}.es.html" })
        {
            Assert.Contains("email/" + file, resources);
        }
    }
}
