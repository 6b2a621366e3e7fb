using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fairwatch.Data;

/// <summary>
/// One kind of public action that <see cref="ActionWriter"/> stores in groups: signatures,
/// pledges, sign-ups... An implementation is a singleton that holds no state between groups.
/// </summary>
public interface IGroupWrite<TRequest, TOutcome>
{
    /// <summary>
    /// Stores the requests through <paramref name="db"/> (its connection has the group's transaction
    /// open) and returns one outcome per request, in the same order. It must neither commit nor
    /// roll back: the writer does, once for the whole group, and throwing rolls the group back.
    /// Entities added to <paramref name="db"/> (outbox messages, for example) are saved by the writer.
    /// </summary>
    Task<TOutcome[]> WriteAsync(FairwatchDb db, IReadOnlyList<TRequest> requests, CancellationToken cancellationToken);
}

public sealed class ActionWriterOptions
{
    public const string Section = "ActionWriter";

    /// <summary>The most requests one transaction takes; the rest wait for the next one.</summary>
    public int MaxGroupSize { get; set; } = 1_000;

    /// <summary>Requests that may wait; beyond this, callers wait for room (back-pressure instead of unbounded memory).</summary>
    public int QueueCapacity { get; set; } = 20_000;
}

/// <summary>
/// The write path of public actions during a spike. Requests queue in a bounded channel; one loop
/// takes everything waiting (up to <see cref="ActionWriterOptions.MaxGroupSize"/>), writes it in
/// ONE transaction with one durable commit, and only then answers each caller. While a group
/// commits, the next one gathers, so the busier the site the larger the groups and the fewer the
/// commits per request. If a group fails, nothing of it is kept and every caller in it gets the error.
/// It keeps writing until the web server has finished its last requests (<see cref="StoppedAsync"/>),
/// so that a graceful shutdown answers every request it accepted.
/// </summary>
public sealed partial class ActionWriter(IServiceScopeFactory scopes, IOptions<ActionWriterOptions> options, ILogger<ActionWriter> logger)
    : IHostedLifecycleService
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private Task? _loop;
    private long _groups;

    /// <summary>Groups written so far (for tests and diagnostics).</summary>
    public long GroupsWritten => Interlocked.Read(ref _groups);

    /// <summary>
    /// Queues the request and completes once its group has committed (with the kind's outcome) or
    /// failed (with the exception). Cancelling only gives up a place in a full queue: once queued,
    /// the request is written whether or not anyone is still waiting for the answer.
    /// </summary>
    public async Task<TOutcome> WriteAsync<TRequest, TOutcome>(
        IGroupWrite<TRequest, TOutcome> kind, TRequest request, CancellationToken cancellationToken = default)
    {
        var pending = new PendingWrite<TRequest, TOutcome>(kind, request);
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException e)
        {
            throw new InvalidOperationException("The site is shutting down and takes no more actions.", e);
        }

        return await pending.Outcome;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop ??= Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>After every hosted service, the web server included, has stopped: takes no more requests, writes what is queued, and ends.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var group = new List<PendingWrite>(options.Value.MaxGroupSize);
        while (await reader.WaitToReadAsync())
        {
            while (group.Count < options.Value.MaxGroupSize && reader.TryRead(out var pending))
            {
                group.Add(pending);
            }

            await WriteGroupAsync(group);
            group.Clear();
        }
    }

    /// <summary>
    /// Opens the context's connection for a write transaction. On SQLite: durable commits (with
    /// write-ahead logging, NORMAL would keep the database consistent but could lose the last
    /// commits in a power cut, after their callers were told "done"), and while another connection
    /// holds the one write lock, SQLite itself waits for it in steps of a few milliseconds (the
    /// driver's own retry sleeps 150 ms at a time, which a spike would feel).
    /// </summary>
    public static async Task OpenForWritingAsync(FairwatchDb db, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000", cancellationToken);
        }
    }

    private async Task WriteGroupAsync(List<PendingWrite> group)
    {
        var started = Stopwatch.GetTimestamp();
        var answers = new List<Action>();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FairwatchDb>();
            await OpenForWritingAsync(db);
            await using var transaction = await db.Database.BeginTransactionAsync();
            // One call per kind, in the order each kind first appears in the queue.
            foreach (var kind in group.GroupBy(p => p.Kind))
            {
                answers.Add(await kind.First().WriteGroupAsync(db, [.. kind], CancellationToken.None));
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (Exception e)
        {
            LogGroupFailed(logger, group.Count, e);
            foreach (var pending in group)
            {
                pending.Fail(e);
            }

            return;
        }

        Interlocked.Increment(ref _groups);
        foreach (var answer in answers)
        {
            answer();
        }

        LogGroupWritten(logger, group.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Wrote a group of {Count} public actions in {Milliseconds:F1} ms")]
    private static partial void LogGroupWritten(ILogger logger, int count, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "A group of {Count} public actions could not be written; nothing of it was kept and every caller was told")]
    private static partial void LogGroupFailed(ILogger logger, int count, Exception exception);

    private abstract class PendingWrite
    {
        public abstract object Kind { get; }

        /// <summary>Writes the group's requests of this kind and returns what answers their callers after the commit.</summary>
        public abstract Task<Action> WriteGroupAsync(FairwatchDb db, IReadOnlyList<PendingWrite> sameKind, CancellationToken cancellationToken);

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<TRequest, TOutcome>(IGroupWrite<TRequest, TOutcome> kind, TRequest request) : PendingWrite
    {
        // Callers continue on their own threads, never on the writer's loop.
        private readonly TaskCompletionSource<TOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override object Kind => kind;

        public Task<TOutcome> Outcome => _outcome.Task;

        public TRequest Request { get; } = request;

        public override async Task<Action> WriteGroupAsync(FairwatchDb db, IReadOnlyList<PendingWrite> sameKind, CancellationToken cancellationToken)
        {
            var pending = sameKind.Cast<PendingWrite<TRequest, TOutcome>>().ToList();
            var outcomes = await kind.WriteAsync(db, [.. pending.Select(p => p.Request)], cancellationToken);
            if (outcomes.Length != pending.Count)
            {
                throw new InvalidOperationException($"{kind.GetType().Name} returned {outcomes.Length} outcomes for {pending.Count} requests.");
            }

            return () =>
            {
                for (var i = 0; i < pending.Count; i++)
                {
                    pending[i]._outcome.TrySetResult(outcomes[i]);
                }
            };
        }

        public override void Fail(Exception exception) => _outcome.TrySetException(exception);
    }
}
