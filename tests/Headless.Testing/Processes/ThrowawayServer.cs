namespace Headless.Testing.Processes;

/// <summary>
/// The life of a server started for tests: started once however many fixtures and tests ask, and
/// cleaned up on dispose even when its start failed.
/// </summary>
public abstract class ThrowawayServer : IAsyncLifetime, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private Task? _startTask;

    /// <summary>Starts the server once; later calls await the same start.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // The start is shared, so one caller's cancellation only stops that caller's wait.
            _startTask ??= Task.Run(StartCoreAsync, CancellationToken.None);
            return _startTask.WaitAsync(cancellationToken);
        }
    }

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        Task? startTask;
        lock (_gate)
        {
            startTask = _startTask;
        }

        if (startTask is not null)
        {
            // A failed start was already reported to the tests; teardown only cleans up.
            await Task.WhenAny(startTask);
        }

        await StopCoreAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract Task StartCoreAsync();

    /// <summary>Stops what <see cref="StartCoreAsync"/> started, as far as it got, and removes its files.</summary>
    protected abstract Task StopCoreAsync();
}
