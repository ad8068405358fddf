using Headless.Testing;

namespace Headless.Isolation.Tests.Support;

/// <summary>
/// A class fixture: one host per provider for the whole test class, started on first use so that a
/// skipped PostgreSQL test starts no server.
/// </summary>
public sealed class IsolationHosts : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IsolationWorld? _sqlite;
    private IsolationWorld? _postgres;
    private PostgresServer? _server;

    public Task<IsolationWorld> SqliteAsync() => OnceAsync(() => _sqlite, w => _sqlite = w, () => Task.FromResult(IsolationHost.OnSqlite()));

    public Task<IsolationWorld> PostgresAsync() => OnceAsync(() => _postgres, w => _postgres = w, async () =>
    {
        _server = new PostgresServer();
        await _server.StartAsync();
        return await IsolationHost.OnPostgresAsync(_server);
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var world in new[] { _sqlite, _postgres })
        {
            if (world is not null)
            {
                await world.Host.DisposeAsync();
            }
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task<IsolationWorld> OnceAsync(Func<IsolationWorld?> get, Action<IsolationWorld> set, Func<Task<IsolationHost>> start)
    {
        await _gate.WaitAsync();
        try
        {
            if (get() is { } started)
            {
                return started;
            }

            var world = await IsolationWorld.CreateAsync(await start());
            set(world);
            return world;
        }
        finally
        {
            _gate.Release();
        }
    }
}
