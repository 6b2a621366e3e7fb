using System.Net.Mail;
using System.Text.Json;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Email;

public sealed record EmailContent(string Subject, string TextBody, string? HtmlBody);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Enqueues e-mail. It only adds rows to the caller's DbContext: the caller's own SaveChanges
/// (and transaction) commits the message together with the change that caused it.
/// </summary>
public sealed class Outbox(TimeProvider clock, OutboxSignal signal, IOptions<EmailOptions> options)
{
    public OutboxMessage Enqueue(
        FairwatchDb db,
        string kind,
        string toAddress,
        string? toName,
        EmailContent content,
        IReadOnlyDictionary<string, string>? headers = null,
        string? replyTo = null,
        IReadOnlyList<EmailAttachment>? attachments = null)
    {
        // System.Net.Mail drops a Reply-To given as a plain header; it must travel as an address of its own.
        if (headers?.Keys.Any(h => h.Equals("Reply-To", StringComparison.OrdinalIgnoreCase)) == true)
        {
            throw new ArgumentException("Pass the reply address as replyTo, not as a header.", nameof(headers));
        }

        if (replyTo is not null && !MailAddress.TryCreate(replyTo, out _))
        {
            throw new ArgumentException("The reply address is not an e-mail address.", nameof(replyTo));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage
        {
            MessageId = $"<{Guid.NewGuid():N}@{MessageIdDomain()}>",
            Kind = kind,
            ToAddress = toAddress.Trim(),
            ToName = toName,
            ReplyToAddress = replyTo?.Trim(),
            Subject = content.Subject,
            TextBody = content.TextBody,
            HtmlBody = content.HtmlBody,
            HeadersJson = headers is { Count: > 0 } ? JsonSerializer.Serialize(headers) : null,
            Status = OutboxStatus.Pending,
            CreatedAt = now,
            NextAttemptAt = now,
            Attachments = [.. (attachments ?? []).Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content })],
        };
        db.OutboxMessages.Add(message);
        db.SavedChanges += WakeSender;
        return message;

        void WakeSender(object? sender, Microsoft.EntityFrameworkCore.SavedChangesEventArgs e)
        {
            db.SavedChanges -= WakeSender;
            signal.Notify();
        }
    }

    /// <summary>
    /// Deletes messages of one kind that were delivered before the given time: for messages whose
    /// only purpose was to reach someone (a contact message), the copy here is no longer needed.
    /// </summary>
    public static Task<int> DeleteSentAsync(FairwatchDb db, string kind, DateTime sentBefore, CancellationToken cancellationToken = default) =>
        db.OutboxMessages.Where(m => m.Kind == kind && m.Status == OutboxStatus.Sent && m.SentAt < sentBefore).ExecuteDeleteAsync(cancellationToken);

    private string MessageIdDomain()
    {
        var from = options.Value.FromAddress;
        var at = from.LastIndexOf('@');
        return at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "fairwatch.local";
    }
}

/// <summary>Lets a committed enqueue wake the sender at once instead of at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Someone else woke the sender first; one wake-up is enough.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _signal.WaitAsync(timeout, cancellationToken);
}
