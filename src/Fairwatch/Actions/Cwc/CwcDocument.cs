using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Fairwatch.Actions.Cwc;

/// <summary>Who hands messages to the House: the delivery agent and its contact, from <see cref="CwcOptions"/>.</summary>
public sealed record CwcAgent(string Name, string AckEmail, string ContactName, string ContactEmail, string? ContactPhone, string Organization);

/// <summary>
/// One CWC 2.0 document per message to one office. Name and address go in the constituent's
/// fields only, never into the text, so that offices can group the letters of a campaign.
/// </summary>
public static class CwcDocument
{
    public const string Version = "2.0";

    /// <summary>The House office of a seat: H, the state, and the district in two digits (00 for an at-large seat, a delegate or the Resident Commissioner).</summary>
    public static string HouseOffice(string state, int district) =>
        string.Create(CultureInfo.InvariantCulture, $"H{state}{district:D2}");

    /// <summary>Groups every message of one action for the offices: the action's address, which is unique and stable.</summary>
    public static string CampaignId(CampaignAction action) => "fairwatch-" + action.Slug;

    public static XDocument Build(CwcAgent agent, Guid deliveryId, DateTime date, string campaignId, string officeCode, Letter letter, string topic)
    {
        // The untouched campaign text is the organisation's statement; a letter the supporter changed is their own message.
        var text = new XElement(letter.Edited ? "ConstituentMessage" : "OrganizationStatement", letter.Body);
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement("CWC",
                new XElement("CWCVersion", Version),
                new XElement("Delivery",
                    new XElement("DeliveryId", deliveryId.ToString("N")),
                    new XElement("DeliveryDate", date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)),
                    new XElement("DeliveryAgent", agent.Name),
                    new XElement("DeliveryAgentAckEmailAddress", agent.AckEmail),
                    new XElement("DeliveryAgentContact",
                        new XElement("DeliveryAgentContactName", agent.ContactName),
                        new XElement("DeliveryAgentContactEmail", agent.ContactEmail),
                        new XElement("DeliveryAgentContactPhone", agent.ContactPhone ?? "")),
                    new XElement("Organization", agent.Organization),
                    new XElement("CampaignId", campaignId)),
                new XElement("Recipient",
                    new XElement("MemberOffice", officeCode),
                    new XElement("IsResponseRequested", "Y"),
                    // Never sign a supporter up for anything on their behalf.
                    new XElement("NewsletterOptIn", "N")),
                new XElement("Constituent",
                    new XElement("Prefix", letter.Prefix ?? ""),
                    new XElement("FirstName", letter.FirstName),
                    new XElement("LastName", letter.LastName),
                    new XElement("Address1", letter.Address1),
                    letter.Address2 is null ? null : new XElement("Address2", letter.Address2),
                    new XElement("City", letter.City),
                    new XElement("StateAbbreviation", letter.State),
                    new XElement("Zip", letter.Zip),
                    new XElement("Email", letter.Email)),
                new XElement("Message",
                    new XElement("Subject", letter.Subject),
                    new XElement("LibraryOfCongressTopics", new XElement("LibraryOfCongressTopic", topic)),
                    text)));
    }

    /// <summary>UTF-8 text with the declaration and every element on its own line, as offices read it.</summary>
    public static string ToXml(XDocument document)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
