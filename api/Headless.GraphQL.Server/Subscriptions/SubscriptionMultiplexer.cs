using GraphQL;
using Headless.GraphQL.Server.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>
/// Shares subscription executions: subscribers with the same <see cref="SubscriptionKey"/> get one
/// GraphQL execution and one serialisation per event, whatever their transport. The first
/// subscriber starts the execution (with its own user context), the last one leaving stops it.
/// </summary>
public sealed partial class SubscriptionMultiplexer
{
    private readonly Dictionary<SubscriptionKey, SharedSubscription> _active = [];
    private readonly Lock _gate = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly GraphQLResponseSerializer _serializer;
    private readonly ILogger _logger;
    private long _executionsStarted;
    private long _eventsSerialized;
    private long _messagesDelivered;

    public SubscriptionMultiplexer(IServiceScopeFactory scopes, GraphQLResponseSerializer serializer, ILogger<SubscriptionMultiplexer> logger)
    {
        _scopes = scopes;
        _serializer = serializer;
        _logger = logger;
    }

    /// <summary>GraphQL subscription executions started since the server started.</summary>
    public long ExecutionsStarted => Interlocked.Read(ref _executionsStarted);

    /// <summary>Events serialised, once per event of an execution however many subscribers it has.</summary>
    public long EventsSerialized => Interlocked.Read(ref _eventsSerialized);

    /// <summary>Serialised events handed to subscribers.</summary>
    public long MessagesDelivered => Interlocked.Read(ref _messagesDelivered);

    public int ActiveExecutions
    {
        get
        {
            lock (_gate)
            {
                return _active.Count;
            }
        }
    }

    public int ActiveSubscribers
    {
        get
        {
            lock (_gate)
            {
                return _active.Values.Sum(s => s.SinkCount);
            }
        }
    }

    /// <summary>
    /// Joins the execution for <paramref name="key"/>, starting it with <paramref name="execution"/>
    /// when there is none. Cancelling <paramref name="ct"/> only abandons the wait.
    /// </summary>
    public async Task<SubscriptionAttachment> SubscribeAsync(
        SubscriptionKey key,
        SubscriptionExecution execution,
        ISubscriptionSink sink,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(execution);
        ArgumentNullException.ThrowIfNull(sink);
        SharedSubscription shared;
        var starts = false;
        lock (_gate)
        {
            if (!_active.TryGetValue(key, out shared!))
            {
                shared = new SharedSubscription(this, key);
                _active.Add(key, shared);
                starts = true;
            }

            shared.Add(sink);
        }

        var membership = new SubscriptionMembership(this, shared, sink);
        if (starts)
        {
            Interlocked.Increment(ref _executionsStarted);
            _ = Task.Run(() => shared.StartAsync(execution, _scopes), CancellationToken.None);
        }

        ExecutionResult? single;
        try
        {
            single = await shared.Started.WaitAsync(ct);
        }
        catch
        {
            membership.Dispose();
            throw;
        }

        if (single is not null)
        {
            membership.Dispose();
            return SubscriptionAttachment.Completed(single);
        }

        return SubscriptionAttachment.Live(membership);
    }

    internal void Leave(SharedSubscription shared, ISubscriptionSink sink)
    {
        bool stop;
        lock (_gate)
        {
            stop = shared.Remove(sink);
            if (stop)
            {
                RemoveIfCurrent(shared);
            }
        }

        if (stop)
        {
            shared.Stop();
        }
    }

    internal void Forget(SharedSubscription shared)
    {
        lock (_gate)
        {
            RemoveIfCurrent(shared);
        }
    }

    internal ReadOnlyMemory<byte> Serialize(ExecutionResult result)
    {
        var bytes = _serializer.SerializeToUtf8Bytes(result);
        Interlocked.Increment(ref _eventsSerialized);
        return bytes;
    }

    internal void CountDelivered(int count) => Interlocked.Add(ref _messagesDelivered, count);

    internal void LogStartFailure(Exception error) => LogFailure(_logger, "start", error);

    internal void LogStreamFailure(Exception error) => LogFailure(_logger, "event stream", error);

    private void RemoveIfCurrent(SharedSubscription shared)
    {
        if (_active.TryGetValue(shared.Key, out var current) && ReferenceEquals(current, shared))
        {
            _active.Remove(shared.Key);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Shared subscription failed in its {Stage}")]
    private static partial void LogFailure(ILogger logger, string stage, Exception error);
}
