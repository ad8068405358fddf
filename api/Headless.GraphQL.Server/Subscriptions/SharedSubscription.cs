using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Server.Subscriptions;

/// <summary>
/// One GraphQL subscription execution and the subscribers it feeds. Sinks are changed only under
/// the multiplexer's lock; events read an immutable snapshot, so delivery never takes a lock.
/// </summary>
internal sealed class SharedSubscription : IObserver<ExecutionResult>, IDisposable
{
    private readonly SubscriptionMultiplexer _owner;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationToken _stoppingToken;
    private readonly TaskCompletionSource<ExecutionResult?> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _sync = new();
    private ISubscriptionSink[] _sinks = [];
    private IDisposable? _subscription;
    private AsyncServiceScope? _scope;
    private bool _stopped;

    public SharedSubscription(SubscriptionMultiplexer owner, SubscriptionKey key)
    {
        _owner = owner;
        Key = key;
        _stoppingToken = _stopping.Token;
    }

    public SubscriptionKey Key { get; }

    /// <summary>Completes with <see langword="null"/> once events flow, or with the result that came instead.</summary>
    public Task<ExecutionResult?> Started => _started.Task;

    public int SinkCount => Volatile.Read(ref _sinks).Length;

    /// <summary>Caller holds the multiplexer's lock.</summary>
    public void Add(ISubscriptionSink sink) => _sinks = [.. _sinks, sink];

    /// <summary>Caller holds the multiplexer's lock. Returns whether nobody is left.</summary>
    public bool Remove(ISubscriptionSink sink)
    {
        _sinks = Array.FindAll(_sinks, s => !ReferenceEquals(s, sink));
        return _sinks.Length == 0;
    }

    /// <summary>Never throws: whatever goes wrong is reported to the waiting subscribers as a result.</summary>
    public async Task StartAsync(SubscriptionExecution execution, IServiceScopeFactory scopes)
    {
        try
        {
            await StartCoreAsync(execution, scopes);
        }
        catch (Exception ex)
        {
            _owner.LogStartFailure(ex);
            _owner.Forget(this);
            _started.TrySetResult(new ExecutionResult(new ExecutionError("The subscription could not be started.")) { Executed = true });
            Stop();
        }
    }

    private async Task StartCoreAsync(SubscriptionExecution execution, IServiceScopeFactory scopes)
    {
        var scope = scopes.CreateAsyncScope();
        var result = await ExecuteAsync(execution, scope.ServiceProvider);
        var stream = result.Streams?.Values.FirstOrDefault();
        bool stoppedMeanwhile;
        lock (_sync)
        {
            stoppedMeanwhile = _stopped;
            if (stream is not null && !stoppedMeanwhile)
            {
                _scope = scope;
            }
        }

        if (stream is null || stoppedMeanwhile)
        {
            _owner.Forget(this);
            await scope.DisposeAsync();
            _started.TrySetResult(result);
            return;
        }

        // Outside the lock: a source may emit while being subscribed to.
        var subscription = stream.Subscribe(this);
        lock (_sync)
        {
            stoppedMeanwhile = _stopped;
            if (!stoppedMeanwhile)
            {
                _subscription = subscription;
            }
        }

        if (stoppedMeanwhile)
        {
            subscription.Dispose();
        }

        _started.TrySetResult(null);
    }

    /// <summary>Ends the execution; safe to call more than once and from any thread.</summary>
    public void Stop()
    {
        IDisposable? subscription;
        AsyncServiceScope? scope;
        lock (_sync)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            subscription = _subscription;
            scope = _scope;
            _subscription = null;
            _scope = null;
        }

        _stopping.Cancel();
        Dispose();
        subscription?.Dispose();
        if (scope is { } owned)
        {
            _ = DisposeScopeAsync(owned);
        }
    }

    public void OnNext(ExecutionResult value) => Deliver(value);

    public void OnError(Exception error)
    {
        _owner.LogStreamFailure(error);
        Deliver(new ExecutionResult(new UnhandledError("The event stream failed.", error)) { Executed = true });
        OnCompleted();
    }

    public void OnCompleted()
    {
        _owner.Forget(this);
        foreach (var sink in Volatile.Read(ref _sinks))
        {
            sink.OnCompleted();
        }

        Stop();
    }

    /// <summary>Releases the token source; called by <see cref="Stop"/>, which is what ends the execution.</summary>
    public void Dispose() => _stopping.Dispose();

    private void Deliver(ExecutionResult result)
    {
        var payload = _owner.Serialize(result);
        var sinks = Volatile.Read(ref _sinks);
        foreach (var sink in sinks)
        {
            sink.OnNext(payload);
        }

        _owner.CountDelivered(sinks.Length);
    }

    private async Task<ExecutionResult> ExecuteAsync(SubscriptionExecution execution, IServiceProvider services)
    {
        try
        {
            return await execution(services, _stoppingToken);
        }
        catch (OperationCanceledException) when (_stoppingToken.IsCancellationRequested)
        {
            // Every subscriber left before the execution started: nobody reads this result.
            return new ExecutionResult { Executed = true };
        }
        catch (Exception ex)
        {
            _owner.LogStartFailure(ex);
            return new ExecutionResult(new ExecutionError("The subscription could not be started.")) { Executed = true };
        }
    }

    private async Task DisposeScopeAsync(AsyncServiceScope scope)
    {
        try
        {
            await scope.DisposeAsync();
        }
        catch (Exception ex)
        {
            _owner.LogStartFailure(ex);
        }
    }
}
