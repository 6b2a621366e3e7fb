using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Fairwatch.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (Debian's aiosmtpd) that stores each message in a maildir,
/// so tests exercise the app's real SMTP client and can simulate an outage with <see cref="StopAsync"/>.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    // Debian's interpreter: a pyenv python3 earlier on PATH would not have aiosmtpd.
    private const string Python = "/usr/bin/python3";

    // Same as `python3 -m aiosmtpd ARGS`, but the server also exits, and removes its maildir, when the
    // stdin pipe from this process closes. That happens however the test host ends, even when vstest or
    // a debugger kills it, which would otherwise leave orphaned servers holding ports.
    private const string ExitWithTestProcess =
        "import os, shutil, sys, threading; " +
        "threading.Thread(target=lambda: (sys.stdin.read(), shutil.rmtree(sys.argv[-1], True), os._exit(0)), daemon=True).start(); " +
        "from aiosmtpd.main import main; main(sys.argv[1:])";

    private readonly string maildir;
    private readonly StringBuilder output = new();
    private Process? process;

    private SmtpTestServer(int port, string maildir)
    {
        Port = port;
        this.maildir = maildir;
        // aiosmtpd's Mailbox only lays out a maildir when the folder does not exist yet.
        foreach (var folder in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, folder));
        }
    }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public static async Task<SmtpTestServer> StartAsync()
    {
        // The port is only probed, so another process may take it before Python binds it.
        for (var attempt = 1; ; attempt++)
        {
            var server = new SmtpTestServer(FreePort(), Directory.CreateTempSubdirectory("fairwatch-smtp-").FullName);
            try
            {
                await server.StartAgainAsync();
                return server;
            }
            catch (InvalidOperationException)
            {
                await server.DisposeAsync();
                if (attempt == 3)
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Restarts a stopped server on the same port and maildir, keeping received messages.</summary>
    public async Task StartAgainAsync()
    {
        if (process is { HasExited: false })
        {
            return;
        }

        var startInfo = new ProcessStartInfo(Python) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", ExitWithTestProcess, "-n", "-l", $"{Host}:{Port}", "-c", "aiosmtpd.handlers.Mailbox", maildir })
        {
            startInfo.ArgumentList.Add(argument);
        }
        // A pyenv or virtualenv environment would point Debian's interpreter at the wrong library.
        startInfo.Environment.Remove("PYTHONHOME");
        startInfo.Environment.Remove("PYTHONPATH");

        process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            process.Dispose();
            process = null;
            throw Failure(e.Message);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10) && !process.HasExited)
        {
            if (await AcceptsConnectionsAsync())
            {
                return;
            }
            await Task.Delay(50);
        }
        var reason = process.HasExited ? $"exited with code {process.ExitCode}" : "did not accept connections within 10 seconds";
        await StopAsync();
        throw Failure(reason);
    }

    /// <summary>Kills the server so the app sees a refused connection, as in an SMTP outage.</summary>
    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }
        process.Kill();
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    public IReadOnlyList<ReceivedMessage> Messages() =>
        new[] { "new", "cur" }
            .Select(folder => Path.Combine(maildir, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => new DirectoryInfo(folder).EnumerateFiles())
            .OrderBy(file => file.LastWriteTimeUtc)
            .ThenBy(file => file.Name, StringComparer.Ordinal)
            .Select(file => ReceivedMessage.Parse(File.ReadAllBytes(file.FullName)))
            .ToList();

    public async Task<ReceivedMessage> WaitForMessageAsync(Func<ReceivedMessage, bool> match, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var messages = Messages();
            var found = messages.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }
            if (clock.Elapsed > timeout)
            {
                var received = messages.Count == 0
                    ? "none"
                    : string.Join("; ", messages.Select(m => $"\"{m.Subject}\" to {string.Join(", ", m.To)}"));
                throw new TimeoutException($"No matching message arrived within {timeout}. Received: {received}.");
            }
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(maildir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: it is a temp folder.
        }
    }

    private async Task<bool> AcceptsConnectionsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(Host, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Collect(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is not null)
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        }
    }

    private InvalidOperationException Failure(string reason)
    {
        lock (output)
        {
            return new InvalidOperationException(
                $"The test SMTP server ({Python} -m aiosmtpd on {Host}:{Port}) failed to start: {reason}. " +
                $"It needs Debian's aiosmtpd: apt-get install python3-aiosmtpd.\n{output}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A message as the test SMTP server received it, decoded enough for assertions.</summary>
/// <param name="From">The envelope sender (MAIL FROM).</param>
/// <param name="To">The envelope recipients (RCPT TO), so Cc and Bcc recipients are included.</param>
/// <param name="Subject">The decoded Subject header; empty when there is none.</param>
/// <param name="MessageId">The Message-ID header as sent, angle brackets included; null when the sender set none.</param>
/// <param name="Headers">Decoded, unfolded header values; the first one wins when a header repeats.</param>
/// <param name="TextBody">The first text/plain part, with LF line endings.</param>
/// <param name="HtmlBody">The first text/html part, with LF line endings.</param>
public sealed partial record ReceivedMessage(
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string? MessageId,
    IReadOnlyDictionary<string, string> Headers,
    string? TextBody,
    string? HtmlBody)
{
    public static ReceivedMessage Parse(byte[] raw)
    {
        // Latin-1 maps each byte to one char, so 8-bit content survives until its charset is known.
        var (headers, body) = SplitPart(Encoding.Latin1.GetString(raw).Replace("\r\n", "\n", StringComparison.Ordinal));
        var parts = TextParts(headers, body).ToList();
        return new ReceivedMessage(
            headers.GetValueOrDefault("X-MailFrom", ""),
            headers.GetValueOrDefault("X-RcptTo", "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            headers.GetValueOrDefault("Subject", ""),
            headers.GetValueOrDefault("Message-ID"),
            headers,
            parts.FirstOrDefault(p => p.MediaType == "text/plain").Text,
            parts.FirstOrDefault(p => p.MediaType == "text/html").Text)
        {
            Attachments = [.. AttachmentParts(headers, body)],
        };
    }

    /// <summary>The parts sent as attachments (Content-Disposition: attachment), decoded.</summary>
    public IReadOnlyList<ReceivedAttachment> Attachments { get; private init; } = [];

    private static IEnumerable<ReceivedAttachment> AttachmentParts(Dictionary<string, string> headers, string body)
    {
        var contentType = headers.GetValueOrDefault("Content-Type", "text/plain");
        if (contentType.Split(';')[0].Trim().StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return MultipartParts(contentType, body).SelectMany(part => AttachmentParts(part.Headers, part.Body));
        }

        var disposition = headers.GetValueOrDefault("Content-Disposition", "");
        return disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase)
            ? [new ReceivedAttachment(Parameter(disposition, "filename") ?? Parameter(contentType, "name") ?? "", contentType, Decode(headers, body))]
            : [];
    }

    private static (Dictionary<string, string> Headers, string Body) SplitPart(string part)
    {
        var end = part.StartsWith('\n') ? 0 : part.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in HeaderLineBreak().Split(end < 0 ? part : part[..end]))
        {
            var colon = field.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var value = field[(colon + 1)..].Replace("\n", "", StringComparison.Ordinal).Trim();
                headers.TryAdd(field[..colon].Trim(), DecodeEncodedWords(Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(value))));
            }
        }
        return (headers, end < 0 ? "" : part[(end == 0 ? 1 : end + 2)..]);
    }

    private static IEnumerable<(string MediaType, string Text)> TextParts(Dictionary<string, string> headers, string body)
    {
        var contentType = headers.GetValueOrDefault("Content-Type", "text/plain");
        var mediaType = contentType.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return MultipartParts(contentType, body).SelectMany(part => TextParts(part.Headers, part.Body));
        }

        if (!mediaType.StartsWith("text/", StringComparison.Ordinal) ||
            headers.GetValueOrDefault("Content-Disposition", "").StartsWith("attachment", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var bytes = Decode(headers, body);
        // SMTP turns every line break into CRLF; LF lets tests compare with the strings they sent.
        return [(mediaType, GetEncoding(Parameter(contentType, "charset")).GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal))];
    }

    private static IEnumerable<(Dictionary<string, string> Headers, string Body)> MultipartParts(string contentType, string body)
    {
        var boundary = "--" + Parameter(contentType, "boundary");
        var parts = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in body.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed == boundary || trimmed == boundary + "--")
            {
                if (current is not null)
                {
                    parts.Add(current);
                }
                current = trimmed == boundary ? [] : null;
            }
            else
            {
                current?.Add(line);
            }
        }
        return parts.Select(lines => SplitPart(string.Join('\n', lines)));
    }

    private static byte[] Decode(Dictionary<string, string> headers, string body) =>
        headers.GetValueOrDefault("Content-Transfer-Encoding", "").Trim().ToLowerInvariant() switch
        {
            "base64" => Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c)))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => Encoding.Latin1.GetBytes(body),
        };

    private static string DecodeEncodedWords(string value)
    {
        // Adjacent encoded-words are joined before decoding: encoders may split a multi-byte
        // character between them, and the whitespace separating them is not part of the text.
        var output = new StringBuilder();
        var pending = new List<byte>();
        string? charset = null;
        var position = 0;
        foreach (Match word in EncodedWord().Matches(value))
        {
            var gap = value[position..word.Index];
            var joinsPrevious = charset is not null && string.IsNullOrWhiteSpace(gap);
            if (!joinsPrevious || !string.Equals(charset, word.Groups["charset"].Value, StringComparison.OrdinalIgnoreCase))
            {
                Flush();
                if (!joinsPrevious)
                {
                    output.Append(gap);
                }
            }
            charset = word.Groups["charset"].Value;
            var text = word.Groups["text"].Value;
            pending.AddRange(word.Groups["encoding"].Value is "B" or "b"
                ? Convert.FromBase64String(text)
                : DecodeQuotedPrintable(text.Replace('_', ' ')));
            position = word.Index + word.Length;
        }
        Flush();
        return output.Append(value[position..]).ToString();

        void Flush()
        {
            if (charset is not null)
            {
                output.Append(GetEncoding(charset).GetString(pending.ToArray()));
            }
            pending.Clear();
            charset = null;
        }
    }

    private static byte[] DecodeQuotedPrintable(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '=')
            {
                bytes.Add((byte)text[i]);
            }
            else if (i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++; // Soft line break: the encoder split a long line here.
            }
            else if (i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                bytes.Add(b);
                i += 2;
            }
            else
            {
                bytes.Add((byte)'=');
            }
        }
        return [.. bytes];
    }

    private static string? Parameter(string headerValue, string name) =>
        HeaderParameter().Matches(headerValue)
            .FirstOrDefault(m => m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase))?
            .Groups["value"].Value;

    private static Encoding GetEncoding(string? charset)
    {
        try
        {
            return string.IsNullOrWhiteSpace(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }

    [GeneratedRegex(@"\n(?![ \t])")]
    private static partial Regex HeaderLineBreak();

    [GeneratedRegex(@"=\?(?<charset>[^?*]+)(?:\*[^?]*)?\?(?<encoding>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@";\s*(?<name>[\w-]+)\s*=\s*(?:""(?<value>[^""]*)""|(?<value>[^;\s]*))")]
    private static partial Regex HeaderParameter();
}

/// <summary>A file attached to a received message.</summary>
/// <param name="FileName">From Content-Disposition (or the Content-Type name).</param>
/// <param name="ContentType">The Content-Type header as sent, parameters included.</param>
/// <param name="Content">The decoded bytes.</param>
public sealed record ReceivedAttachment(string FileName, string ContentType, byte[] Content);
