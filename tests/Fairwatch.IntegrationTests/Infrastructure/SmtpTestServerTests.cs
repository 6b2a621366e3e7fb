using System.Net.Mail;
using System.Net.Mime;
using System.Text;

namespace Fairwatch.IntegrationTests.Infrastructure;

public sealed class SmtpTestServerTests
{
    private const string ResetUrl =
        "https://fairwatch.example/cuenta/restablecer?usuario=5f0c3a9e-2b1d-4c8e-9a7f-1e2d3c4b5a69&token=CfDJ8Nq2xZ%2BvLr0kTq7YwP3mHbUe9sFa4GdJ6iKoPzXcVbNmQwErTyUiOpAsDfGhJkLzXcVbNm%3D%3D&volver=%2Fpanel";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(null, "\n")]
    [InlineData(TransferEncoding.QuotedPrintable, "\n")]
    [InlineData(TransferEncoding.QuotedPrintable, "\r\n")]
    [InlineData(TransferEncoding.Base64, "\r\n")]
    [InlineData(TransferEncoding.SevenBit, "\r\n")]
    public async Task Receives_what_System_Net_Mail_sends(TransferEncoding? transferEncoding, string lineBreak)
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var text = $"Hola Íñigo,\n\nPara elegir una contraseña nueva abre este enlace:\n{ResetUrl}\n\n.Si no lo pediste, ignora este correo — Fairwatch\n.\n..";
        var html = $"<p>Hola Íñigo,</p>\n<p><a href=\"{ResetUrl}\">Restablecer contraseña</a> — caduca en 2 horas. Ünïcödé ✓ 🙂</p>";
        using var message = new MailMessage(new MailAddress("no-reply@fairwatch.test", "Fairwatch Señal"), new MailAddress("inigo@example.test", "Íñigo Pérez"))
        {
            Subject = "Restablecer contraseña — Fairwatch",
            SubjectEncoding = Encoding.UTF8,
            Body = text.Replace("\n", lineBreak, StringComparison.Ordinal),
            BodyEncoding = Encoding.UTF8,
        };
        message.Bcc.Add("audit@example.test");
        message.Headers.Add("X-Fairwatch-Template", "password-reset");
        message.Headers.Add("Message-ID", "<reset-1@fairwatch.test>");
        var htmlView = AlternateView.CreateAlternateViewFromString(html, Encoding.UTF8, MediaTypeNames.Text.Html);
        if (transferEncoding is { } encoding)
        {
            message.BodyTransferEncoding = encoding;
            htmlView.TransferEncoding = encoding;
        }
        message.AlternateViews.Add(htmlView);

        using (var client = new SmtpClient(smtp.Host, smtp.Port))
        {
            await client.SendMailAsync(message);
        }

        var received = await smtp.WaitForMessageAsync(m => m.Subject.StartsWith("Restablecer", StringComparison.Ordinal), Timeout);
        Assert.Equal("Restablecer contraseña — Fairwatch", received.Subject);
        Assert.Equal("no-reply@fairwatch.test", received.From);
        Assert.Equal(["inigo@example.test", "audit@example.test"], received.To);
        Assert.Equal("password-reset", received.Headers["x-fairwatch-template"]);
        Assert.Equal("<reset-1@fairwatch.test>", received.MessageId);
        Assert.Equal("Íñigo Pérez <inigo@example.test>", received.Headers["To"]);
        Assert.Equal(text, received.TextBody);
        Assert.Equal(html, received.HtmlBody);
        Assert.Single(smtp.Messages());
    }

    [Fact]
    public async Task Long_non_ASCII_subjects_split_over_several_encoded_words_survive()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        var subject = string.Concat(Enumerable.Repeat("Señal de contraseña 🙂 — ", 8));
        using var message = new MailMessage("a@fairwatch.test", "b@example.test", subject, "x") { SubjectEncoding = Encoding.UTF8 };

        using (var client = new SmtpClient(smtp.Host, smtp.Port))
        {
            await client.SendMailAsync(message);
        }

        Assert.Equal(subject, (await smtp.WaitForMessageAsync(_ => true, Timeout)).Subject);
    }

    [Fact]
    public async Task Stopping_refuses_mail_and_starting_again_keeps_the_port_and_earlier_messages()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using var client = new SmtpClient(smtp.Host, smtp.Port);
        await client.SendMailAsync("a@fairwatch.test", "b@example.test", "before", "1");

        await smtp.StopAsync();
        await Assert.ThrowsAsync<SmtpException>(() => client.SendMailAsync("a@fairwatch.test", "b@example.test", "during", "2"));

        await smtp.StartAgainAsync();
        await client.SendMailAsync("a@fairwatch.test", "b@example.test", "after", "3");
        await smtp.WaitForMessageAsync(m => m.Subject == "after", Timeout);
        Assert.Equal(["before", "after"], smtp.Messages().Select(m => m.Subject));
    }

    [Fact]
    public async Task Waiting_for_a_message_that_never_comes_times_out_listing_what_arrived()
    {
        await using var smtp = await SmtpTestServer.StartAsync();
        using (var client = new SmtpClient(smtp.Host, smtp.Port))
        {
            await client.SendMailAsync("a@fairwatch.test", "b@example.test", "other", "1");
        }
        await smtp.WaitForMessageAsync(_ => true, Timeout);

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () => smtp.WaitForMessageAsync(m => m.Subject == "missing", TimeSpan.FromMilliseconds(200)));
        Assert.Contains("\"other\" to b@example.test", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parses_Q_encoded_words_folded_headers_and_8bit_parts()
    {
        var raw = """
            X-Custom: first
            x-custom: second
            Subject: =?utf-8?Q?Restablecer_contrase=C3?=
             =?UTF-8?q?=B1a?= =?iso-8859-1?Q?_se=F1al?= y fin
            Message-ID: <abc@fairwatch.test>
            X-Folded: one
            	two
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"
            X-MailFrom: a@fairwatch.test
            X-RcptTo: b@example.test, c@example.test

            preamble
            --outer
            Content-Type: multipart/alternative; boundary=inner

            --inner
            Content-Type: text/plain; charset=utf-8
            Content-Transfer-Encoding: 8bit

            Año Å
            --inner
            Content-Type: text/html; charset="utf-8"
            Content-Transfer-Encoding: quoted-printable

            <p>A=C3=B1o very long=
             line</p>
            --inner--
            --outer
            Content-Type: text/plain; charset=utf-8
            Content-Disposition: attachment; filename=a.txt

            not the body
            --outer--
            """.Replace("\n", "\r\n", StringComparison.Ordinal);

        var message = ReceivedMessage.Parse(Encoding.UTF8.GetBytes(raw));

        Assert.Equal("Restablecer contraseña señal y fin", message.Subject);
        Assert.Equal("first", message.Headers["X-CUSTOM"]);
        Assert.Equal("one\ttwo", message.Headers["X-Folded"]);
        Assert.Equal("<abc@fairwatch.test>", message.MessageId);
        Assert.Equal("a@fairwatch.test", message.From);
        Assert.Equal(["b@example.test", "c@example.test"], message.To);
        Assert.Equal("Año Å", message.TextBody);
        Assert.Equal("<p>Año very long line</p>", message.HtmlBody);
    }
}
