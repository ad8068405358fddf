using System.Globalization;
using System.Text;
using Headless.Testing.Processes;

namespace Headless.Testing;

/// <summary>
/// A throwaway redis-server on a random loopback port, without persistence, stopped on dispose.
/// Share it like <see cref="PostgresServer"/>: a collection fixture declared in the test assembly.
/// Tests sharing it should use distinct keys or channels (e.g. prefixed with a Guid).
/// </summary>
public sealed class RedisServer : ThrowawayServer
{
    private const int StartAttempts = 3;

    private readonly string _rootDirectory = Path.Combine(Path.GetTempPath(), $"headless-redis-{Guid.NewGuid():N}");
    private RedisProcess? _process;
    private int _port;

    /// <summary>The loopback port the server listens on; only known once started.</summary>
    public int Port => _port != 0 ? _port : throw new InvalidOperationException("The Redis server has not started yet.");

    /// <summary><c>127.0.0.1:PORT</c>, the form StackExchange.Redis accepts.</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    protected override Task StopCoreAsync()
    {
        _process?.Dispose();
        TemporaryDirectory.TryDelete(_rootDirectory);
        return Task.CompletedTask;
    }

    protected override async Task StartCoreAsync()
    {
        var redisServer = RedisBinaries.Locate() ?? throw new InvalidOperationException(
            RedisBinaries.MissingMessage + " (searched PATH and the usual install directories).");
        Directory.CreateDirectory(_rootDirectory);

        // Another process may grab the free port before redis binds it; a fresh port usually fixes that.
        var failures = new StringBuilder();
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            var port = FreeTcpPort.Next();
            var process = RedisProcess.Start(redisServer, port, _rootDirectory);
            if (await process.WaitUntilReadyAsync(port, CancellationToken.None))
            {
                _process = process;
                _port = port;
                return;
            }

            process.Dispose();
            failures.AppendLine(CultureInfo.InvariantCulture, $"--- attempt {attempt} on port {port} ---")
                .AppendLine(process.Output);
        }

        throw new InvalidOperationException(
            $"redis-server did not answer PING after {StartAttempts} attempts.\n{failures}");
    }
}
