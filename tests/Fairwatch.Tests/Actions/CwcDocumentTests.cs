using System.Xml.Linq;
using Fairwatch.Actions;
using Fairwatch.Actions.Cwc;

namespace Fairwatch.Tests.Actions;

/// <summary>Every House message is a complete CWC 2.0 document that the schema written from the format accepts.</summary>
public sealed class CwcDocumentTests
{
    private static readonly CwcAgent Agent = new("Fairwatch Org", "cwc@fairwatch.test", "Ana Contact", "ana@fairwatch.test", "202-555-0100", "Fairwatch Org");

    private static readonly Guid DeliveryId = Guid.Parse("6f1c8a2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");

    [Fact]
    public void A_letter_becomes_a_valid_and_complete_document()
    {
        var document = Build(Letter());

        Assert.Empty(CwcSchema.Validate(document));
        var cwc = document.Root!;
        Assert.Equal("2.0", cwc.Element("CWCVersion")!.Value);
        var delivery = cwc.Element("Delivery")!;
        Assert.Equal("6f1c8a2e3b4d4e5f8a9b0c1d2e3f4a5b", delivery.Element("DeliveryId")!.Value);
        Assert.Equal("20260704", delivery.Element("DeliveryDate")!.Value);
        Assert.Equal("Fairwatch Org", delivery.Element("DeliveryAgent")!.Value);
        Assert.Equal("202-555-0100", delivery.Element("DeliveryAgentContact")!.Element("DeliveryAgentContactPhone")!.Value);
        Assert.Equal("Fairwatch Org", delivery.Element("Organization")!.Value);
        Assert.Equal("fairwatch-due-process-letter", delivery.Element("CampaignId")!.Value);
        Assert.Equal("HCA11", cwc.Element("Recipient")!.Element("MemberOffice")!.Value);
        Assert.Equal("N", cwc.Element("Recipient")!.Element("NewsletterOptIn")!.Value);
        var constituent = cwc.Element("Constituent")!;
        Assert.Equal(
            ["Ms.", "Rosa", "Parks", "1 Mission St", "Apt 2", "San Francisco", "CA", "94110", "rosa@example.org"],
            constituent.Elements().Select(e => e.Value));
        var message = cwc.Element("Message")!;
        Assert.Equal("Restore due process", message.Element("Subject")!.Value);
        Assert.Equal("Immigration", message.Element("LibraryOfCongressTopics")!.Element("LibraryOfCongressTopic")!.Value);
        Assert.Equal("Dear office,\nplease act. <Now> & always.", message.Element("OrganizationStatement")!.Value);
        Assert.Null(message.Element("ConstituentMessage"));
    }

    [Fact]
    public void The_text_a_supporter_changed_is_their_own_message()
    {
        var letter = Letter();
        letter.Edited = true;

        var message = Build(letter).Root!.Element("Message")!;

        Assert.Null(message.Element("OrganizationStatement"));
        Assert.Equal(letter.Body, message.Element("ConstituentMessage")!.Value);
    }

    [Fact]
    public void The_text_is_well_formed_xml_with_every_element_on_its_own_line()
    {
        var xml = CwcDocument.ToXml(Build(Letter()));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CWC>\n  <CWCVersion>2.0</CWCVersion>\n", xml, StringComparison.Ordinal);
        Assert.Contains("&lt;Now&gt; &amp; always.", xml, StringComparison.Ordinal);
        Assert.Empty(CwcSchema.Validate(xml));
        Assert.Contains("Not well-formed", Assert.Single(CwcSchema.Validate("<CWC><Delivery></CWC>")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CA", 11, "HCA11")]
    [InlineData("NY", 3, "HNY03")]
    [InlineData("AK", 0, "HAK00")]
    [InlineData("DC", 0, "HDC00")]
    public void House_offices_are_named_by_state_and_two_digit_district(string state, int district, string office) =>
        Assert.Equal(office, CwcDocument.HouseOffice(state, district));

    [Fact]
    public void The_schema_refuses_what_an_office_would_refuse()
    {
        var noPhone = CwcDocument.Build(Agent with { ContactPhone = null }, DeliveryId, Date, "c", "HCA11", Letter(), LibraryOfCongressTopics.Immigration);
        Assert.NotEmpty(CwcSchema.Validate(noPhone));

        var badPrefix = Letter();
        badPrefix.Prefix = "Mx.";
        Assert.NotEmpty(CwcSchema.Validate(Build(badPrefix)));

        var badZip = Letter();
        badZip.Zip = "9411";
        Assert.NotEmpty(CwcSchema.Validate(Build(badZip)));

        var unknownTopic = CwcDocument.Build(Agent, DeliveryId, Date, "c", "HCA11", Letter(), "Fairness");
        Assert.NotEmpty(CwcSchema.Validate(unknownTopic));

        var senateOfficeOfAClassThatDoesNotExist = CwcDocument.Build(Agent, DeliveryId, Date, "c", "SCA04", Letter(), LibraryOfCongressTopics.Immigration);
        Assert.NotEmpty(CwcSchema.Validate(senateOfficeOfAClassThatDoesNotExist));

        var noText = XDocument.Parse(CwcDocument.ToXml(Build(Letter())));
        noText.Root!.Element("Message")!.Element("OrganizationStatement")!.Remove();
        Assert.NotEmpty(CwcSchema.Validate(noText));
    }

    [Fact]
    public void Every_topic_offered_to_staff_is_one_the_schema_accepts()
    {
        Assert.Equal(32, LibraryOfCongressTopics.All.Count);
        foreach (var topic in LibraryOfCongressTopics.All)
        {
            Assert.Empty(CwcSchema.Validate(CwcDocument.Build(Agent, DeliveryId, Date, "c", "HCA11", Letter(), topic)));
        }
    }

    [Fact]
    public void Every_prefix_offered_to_supporters_is_one_the_schema_accepts()
    {
        foreach (var prefix in LetterService.Prefixes)
        {
            var letter = Letter();
            letter.Prefix = prefix;
            Assert.Empty(CwcSchema.Validate(Build(letter)));
        }
    }

    private static DateTime Date => new(2026, 7, 4, 15, 30, 0, DateTimeKind.Utc);

    private static XDocument Build(Letter letter) =>
        CwcDocument.Build(Agent, DeliveryId, Date, CwcDocument.CampaignId(new CampaignAction { Slug = "due-process-letter" }), "HCA11", letter, LibraryOfCongressTopics.Immigration);

    private static Letter Letter() => new()
    {
        Culture = "en",
        Prefix = "Ms.",
        FirstName = "Rosa",
        LastName = "Parks",
        Email = "rosa@example.org",
        Address1 = "1 Mission St",
        Address2 = "Apt 2",
        City = "San Francisco",
        State = "CA",
        Zip = "94110",
        District = 11,
        Subject = "Restore due process",
        Body = "Dear office,\nplease act. <Now> & always.",
    };
}
