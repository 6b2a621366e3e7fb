using Fairwatch.Data;
using Fairwatch.Email;
using Fairwatch.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Petitions;

/// <summary>
/// Puts petition e-mail in the outbox, away from the signature path: the confirmation each new
/// signer gets, and the updates staff chose to send to confirmed signers who asked for them.
/// A signature row without <see cref="PetitionSignature.ConfirmationQueuedAt"/> is itself the
/// promise of an e-mail, so a crash between the two loses nothing: the next round picks it up.
/// Each batch is claimed with a conditional UPDATE in the transaction that enqueues its messages,
/// so two instances never send the same e-mail.
/// </summary>
public sealed partial class PetitionMailer(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<PetitionOptions> options,
    ILogger<PetitionMailer> logger) : BackgroundService
{
    public const string ConfirmKind = "petition.confirm";
    public const string UpdateKind = "petition.update";

    // A wake-up signal like the outbox's own: one pending wake-up is enough.
    private readonly OutboxSignal _work = new();

    private int BatchSize => Math.Max(1, options.Value.MailerBatchSize);

    /// <summary>Asks for a round now instead of at the next poll (after a signature or a posted update).</summary>
    public void Wake() => _work.Notify();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.MailerEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await QueueConfirmationsAsync(stoppingToken) + await QueueUpdatesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly away, or Site:PublicBaseUrl missing; the work waits in the database.
                LogRoundFailed(logger, e);
            }

            if (handled == 0)
            {
                try
                {
                    await _work.WaitAsync(TimeSpan.FromSeconds(options.Value.MailerPollSeconds), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Queues one batch of confirmation e-mails; returns how many signatures it handled.</summary>
    public async Task<int> QueueConfirmationsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var batch = await db.Set<PetitionSignature>().AsNoTracking()
            .Where(s => s.ConfirmationQueuedAt == null)
            .OrderBy(s => s.Id)
            .Take(BatchSize)
            .Join(db.Set<Petition>(), s => s.PetitionId, p => p.Id, (s, p) => new Recipient(
                s.Id, s.FirstName, s.LastName, s.Email, s.Culture, p.Slug, p.Title.En, p.Title.Es))
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        // Written before the transaction: on SQLite the transaction holds the one write lock, which signatures wait for.
        var mail = Mail(scope.ServiceProvider);
        var messages = batch.Select(recipient =>
        {
            var unsubscribe = mail.Links.UnsubscribeUrl(mail.Urls, recipient.SignatureId);
            var content = mail.Templates.Render("petition-confirm", recipient.Culture, new Dictionary<string, string>
            {
                ["first_name"] = recipient.FirstName,
                ["petition"] = recipient.Title(),
                ["link"] = mail.Links.ConfirmUrl(mail.Urls, recipient.SignatureId),
                ["petition_link"] = mail.Urls.Absolute($"/petitions/{recipient.Slug}", new() { ["lang"] = recipient.Culture }),
                ["unsubscribe"] = unsubscribe,
            });
            return (recipient, content, unsubscribe);
        }).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var ids = batch.Select(r => r.SignatureId).ToList();
        await ActionWriter.OpenForWritingAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Set<PetitionSignature>()
            .Where(s => ids.Contains(s.Id) && s.ConfirmationQueuedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmationQueuedAt, now), cancellationToken);
        if (claimed != ids.Count)
        {
            // Another instance took some of them first; the next round takes what is left.
            await transaction.RollbackAsync(cancellationToken);
            return batch.Count;
        }

        foreach (var (recipient, content, unsubscribe) in messages)
        {
            mail.Outbox.Enqueue(db, ConfirmKind, recipient.Email, recipient.FullName, content, SignatureLinks.UnsubscribeHeaders(unsubscribe));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    /// <summary>Queues the next batch of an update being e-mailed; returns how much it handled (0 when no update is being sent).</summary>
    public async Task<int> QueueUpdatesAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
        var update = await db.Set<PetitionUpdate>().AsNoTracking()
            .Where(u => u.EmailStatus == UpdateEmailStatus.Sending)
            .OrderBy(u => u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (update is null)
        {
            return 0;
        }

        var recipients = await db.Set<PetitionSignature>().AsNoTracking()
            .Where(s => s.PetitionId == update.PetitionId && s.Id > update.EmailedThroughSignatureId && s.WantsUpdates && s.ConfirmedAt != null)
            .OrderBy(s => s.Id)
            .Take(BatchSize)
            .Join(db.Set<Petition>(), s => s.PetitionId, p => p.Id, (s, p) => new Recipient(
                s.Id, s.FirstName, s.LastName, s.Email, s.Culture, p.Slug, p.Title.En, p.Title.Es))
            .ToListAsync(cancellationToken);

        var mail = Mail(scope.ServiceProvider);
        var messages = recipients.Select(recipient =>
        {
            var unsubscribe = mail.Links.UnsubscribeUrl(mail.Urls, recipient.SignatureId);
            var content = mail.Templates.Render("petition-update", recipient.Culture, new Dictionary<string, string>
            {
                ["first_name"] = recipient.FirstName,
                ["petition"] = recipient.Title(),
                ["title"] = update.Title.In(recipient.Culture),
                ["body"] = update.Body.In(recipient.Culture),
                ["petition_link"] = mail.Urls.Absolute($"/petitions/{recipient.Slug}", new() { ["lang"] = recipient.Culture }),
                ["unsubscribe"] = unsubscribe,
            });
            return (recipient, content, unsubscribe);
        }).ToList();

        var through = recipients.Count > 0 ? recipients[^1].SignatureId : update.EmailedThroughSignatureId;
        var finished = recipients.Count < BatchSize;
        await ActionWriter.OpenForWritingAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var moved = await db.Set<PetitionUpdate>()
            .Where(u => u.Id == update.Id && u.EmailStatus == UpdateEmailStatus.Sending && u.EmailedThroughSignatureId == update.EmailedThroughSignatureId)
            .ExecuteUpdateAsync(
                s => s
                    .SetProperty(u => u.EmailedThroughSignatureId, through)
                    .SetProperty(u => u.EmailedCount, u => u.EmailedCount + recipients.Count)
                    .SetProperty(u => u.EmailStatus, finished ? UpdateEmailStatus.Sent : UpdateEmailStatus.Sending),
                cancellationToken);
        if (moved != 1)
        {
            // Another instance sent this batch first.
            await transaction.RollbackAsync(cancellationToken);
            return 1;
        }

        foreach (var (recipient, content, unsubscribe) in messages)
        {
            mail.Outbox.Enqueue(db, UpdateKind, recipient.Email, recipient.FullName, content, SignatureLinks.UnsubscribeHeaders(unsubscribe));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (finished)
        {
            LogUpdateSent(logger, update.Id, update.EmailedCount + recipients.Count);
        }

        return recipients.Count + 1;
    }

    private static (Outbox Outbox, EmailTemplates Templates, PublicUrls Urls, SignatureLinks Links) Mail(IServiceProvider services) => (
        services.GetRequiredService<Outbox>(),
        services.GetRequiredService<EmailTemplates>(),
        services.GetRequiredService<PublicUrls>(),
        services.GetRequiredService<SignatureLinks>());

    private sealed record Recipient(long SignatureId, string FirstName, string LastName, string Email, string Culture, string Slug, string TitleEn, string? TitleEs)
    {
        public string FullName => $"{FirstName} {LastName}";

        public string Title() => LocalizedText.From(TitleEn, TitleEs).In(Culture);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Petition mailer round failed; the e-mails wait in the database and the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Petition update {UpdateId} is in the outbox for all {Count} recipients")]
    private static partial void LogUpdateSent(ILogger logger, int updateId, int count);
}
