using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using Fairwatch.Web;
using Microsoft.Extensions.Options;

namespace Fairwatch.Email;

/// <summary>Hands one message to SMTP, or to a pick-up folder of .eml files when no SMTP host is set.</summary>
public sealed class EmailTransport(IOptions<EmailOptions> email, IOptions<OrganisationOptions> organisation, EmailPickupFolder pickup)
{
    public bool UsesPickupFolder => string.IsNullOrWhiteSpace(email.Value.Smtp.Host);

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var mail = BuildMailMessage(message);
        using var client = CreateClient();
        await client.SendMailAsync(mail, cancellationToken);
    }

    private SmtpClient CreateClient()
    {
        var smtp = email.Value.Smtp;
        if (UsesPickupFolder)
        {
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = pickup.EnsureExists(),
            };
        }

        var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = smtp.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            client.Credentials = new NetworkCredential(smtp.UserName, smtp.Password);
        }

        return client;
    }

    internal MailMessage BuildMailMessage(OutboxMessage message)
    {
        var fromName = email.Value.FromName ?? organisation.Value.Name;
        var mail = new MailMessage
        {
            From = new MailAddress(email.Value.FromAddress, fromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
        };
        mail.To.Add(new MailAddress(message.ToAddress, message.ToName, Encoding.UTF8));
        mail.Headers.Add("Message-ID", message.MessageId);
        if (message.ReplyToAddress is not null)
        {
            mail.ReplyToList.Add(new MailAddress(message.ReplyToAddress));
        }
        if (message.HtmlBody is not null)
        {
            var html = AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
            html.TransferEncoding = TransferEncoding.QuotedPrintable;
            mail.AlternateViews.Add(html);
        }

        foreach (var file in message.Attachments)
        {
            // The stream belongs to the attachment, which the MailMessage disposes with itself.
            var attachment = new Attachment(new MemoryStream(file.Content, writable: false), new ContentType(file.ContentType));
            attachment.ContentDisposition!.FileName = file.FileName;
            attachment.Name = file.FileName;
            mail.Attachments.Add(attachment);
        }

        if (message.HeadersJson is not null)
        {
            foreach (var (name, value) in JsonSerializer.Deserialize<Dictionary<string, string>>(message.HeadersJson) ?? [])
            {
                // MailMessage writes Reply-To from its own list and drops the header set by hand.
                if (string.Equals(name, "Reply-To", StringComparison.OrdinalIgnoreCase))
                {
                    mail.ReplyToList.Add(new MailAddress(value));
                }
                else
                {
                    mail.Headers.Add(name, value);
                }
            }
        }

        return mail;
    }
}

public sealed class EmailPickupFolder(IOptions<EmailOptions> email, IOptions<Data.DatabaseOptions> database, IWebHostEnvironment environment)
{
    public string Path => System.IO.Path.Combine(
        database.Value.ResolveDataDirectory(environment.ContentRootPath), email.Value.Outbox.PickupDirectory);

    public string EnsureExists()
    {
        Directory.CreateDirectory(Path);
        return Path;
    }
}
