using System.Collections.Concurrent;
using Fairwatch.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Fairwatch.Tests.Data;

/// <summary>The batching writer, with test kinds that record their groups and store one setting row per request.</summary>
public sealed class ActionWriterTests : IAsyncLifetime
{
    private TestApp _app = null!;

    public async Task InitializeAsync() => _app = await TestApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Requests_that_arrive_while_a_group_commits_are_written_together_in_order_and_in_groups_no_larger_than_the_maximum()
    {
        var kind = new SettingsKind("group");
        await using var writer = await StartAsync(maxGroupSize: 4);
        kind.HoldNextGroup();

        var first = writer.WriteAsync(kind, 0);
        await kind.GroupStarted.Task;
        var queued = Enumerable.Range(1, 10).Select(i => writer.WriteAsync(kind, i)).ToList();
        kind.Release();

        Assert.Equal("stored 0", await first);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => $"stored {i}"), await Task.WhenAll(queued));
        Assert.Equal([[0], [1, 2, 3, 4], [5, 6, 7, 8], [9, 10]], kind.Groups.ToList());
        Assert.Equal(4, writer.Writer.GroupsWritten);
        Assert.Equal(11, await CountSettingsAsync("group"));
    }

    [Fact]
    public async Task Every_one_of_many_concurrent_callers_gets_its_own_answer_after_its_group_committed()
    {
        var kind = new SettingsKind("many");
        await using var writer = await StartAsync(maxGroupSize: 1_000);

        var answers = await Task.WhenAll(Enumerable.Range(0, 500).Select(i => Task.Run(async () =>
        {
            var answer = await writer.WriteAsync(kind, i);
            // Answered only after the commit: the row is there for anyone who looks.
            Assert.True(await SettingExistsAsync($"many-{i}"), $"request {i} was answered before its row was committed");
            return answer;
        })));

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"stored {i}"), answers);
        Assert.Equal(500, kind.Groups.Sum(g => g.Length));
        Assert.True(kind.Groups.Count < 500, "requests that arrived together should have shared transactions");
        Assert.Equal(500, await CountSettingsAsync("many"));
    }

    [Fact]
    public async Task A_failing_group_answers_all_its_callers_with_the_error_keeps_nothing_of_it_and_the_next_group_is_written()
    {
        var healthy = new SettingsKind("healthy");
        var failing = new SettingsKind("failing") { FailOn = 13 };
        await using var writer = await StartAsync(maxGroupSize: 100);
        healthy.HoldNextGroup();
        var blocker = writer.WriteAsync(healthy, 0);
        await healthy.GroupStarted.Task;

        // One group: two healthy requests and three of the failing kind, one of which throws after rows were inserted.
        var inGroup = new List<Task<string>>
        {
            writer.WriteAsync(healthy, 1),
            writer.WriteAsync(failing, 12),
            writer.WriteAsync(failing, 13),
            writer.WriteAsync(healthy, 2),
            writer.WriteAsync(failing, 14),
        };
        healthy.Release();
        await blocker;

        foreach (var task in inGroup)
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
            Assert.Equal("request 13 is poisoned", error.Message);
        }

        Assert.Equal(1, await CountSettingsAsync("healthy"));
        Assert.Equal(0, await CountSettingsAsync("failing"));

        Assert.Equal("stored 3", await writer.WriteAsync(healthy, 3));
        Assert.Equal("stored 15", await writer.WriteAsync(failing, 15));
        Assert.Equal(2, await CountSettingsAsync("healthy"));
        Assert.Equal(1, await CountSettingsAsync("failing"));
    }

    [Fact]
    public async Task On_sqlite_a_group_commits_with_write_ahead_logging_and_synchronous_full()
    {
        var pragmas = new PragmaKind();
        await using var writer = await StartAsync(maxGroupSize: 10);

        var (journal, synchronous) = await writer.WriteAsync(pragmas, 0);

        Assert.Equal("wal", journal);
        Assert.Equal(2L, synchronous);
    }

    [Fact]
    public async Task When_the_app_stops_queued_requests_are_still_written_and_later_ones_are_refused()
    {
        var kind = new SettingsKind("stopping");
        var writer = await StartAsync(maxGroupSize: 2);
        kind.HoldNextGroup();
        var first = writer.WriteAsync(kind, 0);
        await kind.GroupStarted.Task;
        var queued = Enumerable.Range(1, 5).Select(i => writer.WriteAsync(kind, i)).ToList();

        var stopped = writer.Writer.StoppedAsync(CancellationToken.None);
        kind.Release();
        await stopped;

        Assert.Equal("stored 0", await first);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"stored {i}"), await Task.WhenAll(queued));
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(kind, 6));
        Assert.Equal(6, await CountSettingsAsync("stopping"));
    }

    private async Task<RunningWriter> StartAsync(int maxGroupSize)
    {
        var writer = new ActionWriter(
            _app.Services.GetRequiredService<IServiceScopeFactory>(),
            Options.Create(new ActionWriterOptions { MaxGroupSize = maxGroupSize, QueueCapacity = 10_000 }),
            NullLogger<ActionWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        return new RunningWriter(writer);
    }

    private async Task<int> CountSettingsAsync(string prefix)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Settings.CountAsync(s => s.Key.StartsWith(prefix + "-"));
    }

    private async Task<bool> SettingExistsAsync(string key)
    {
        await using var scope = _app.Scope();
        return await scope.ServiceProvider.GetRequiredService<FairwatchDb>().Settings.AnyAsync(s => s.Key == key);
    }

    private sealed class RunningWriter(ActionWriter writer) : IAsyncDisposable
    {
        public ActionWriter Writer => writer;

        public Task<TOutcome> WriteAsync<TRequest, TOutcome>(IGroupWrite<TRequest, TOutcome> kind, TRequest request) => writer.WriteAsync(kind, request);

        public async ValueTask DisposeAsync() => await writer.StoppedAsync(CancellationToken.None);
    }

    /// <summary>
    /// Stores a setting per request with raw SQL (so a rollback, not unsaved changes, is what
    /// removes it), records each group, can hold a group until released, and can throw.
    /// </summary>
    private sealed class SettingsKind(string prefix) : IGroupWrite<int, string>
    {
        // The release is never cleared: a test that releases after the group took its hold must still release it.
        private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _holdNext;

        public ConcurrentQueue<int[]> Groups { get; } = new();

        public TaskCompletionSource GroupStarted { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int? FailOn { get; init; }

        public void HoldNextGroup()
        {
            _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
            GroupStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _holdNext, 1);
        }

        public void Release() => _release.TrySetResult();

        public async Task<string[]> WriteAsync(FairwatchDb db, IReadOnlyList<int> requests, CancellationToken cancellationToken)
        {
            Groups.Enqueue([.. requests]);
            GroupStarted.TrySetResult();
            if (Interlocked.Exchange(ref _holdNext, 0) == 1)
            {
                await _release.Task;
            }

            foreach (var request in requests)
            {
                var key = $"{prefix}-{request}";
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"AppSettings\" (\"Key\", \"Value\", \"UpdatedAt\") VALUES ({key}, {"x"}, {DateTime.UtcNow})", cancellationToken);
                if (request == FailOn)
                {
                    throw new InvalidOperationException($"request {request} is poisoned");
                }
            }

            return [.. requests.Select(r => $"stored {r}")];
        }
    }

    private sealed class PragmaKind : IGroupWrite<int, (string Journal, long Synchronous)>
    {
        public async Task<(string, long)[]> WriteAsync(FairwatchDb db, IReadOnlyList<int> requests, CancellationToken cancellationToken)
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = "PRAGMA journal_mode";
            var journal = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
            command.CommandText = "PRAGMA synchronous";
            var synchronous = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
            return [.. requests.Select(_ => (journal, synchronous))];
        }
    }
}
