using System.Text;
using Headless.Testing.Processes;
using Npgsql;

namespace Headless.Testing;

/// <summary>
/// A throwaway PostgreSQL server on a random loopback port, in a temporary directory removed on dispose.
/// Each test creates its own database with <see cref="CreateDatabaseAsync"/>, so tests never share data.
/// </summary>
/// <remarks>
/// Share one server per test assembly through a collection fixture declared in that assembly:
/// <code>
/// [CollectionDefinition(Name)]
/// public sealed class SharedPostgres : ICollectionFixture&lt;PostgresServer&gt; { public const string Name = "Postgres"; }
///
/// [Collection(SharedPostgres.Name)]
/// public sealed class CampaignStoreTests(PostgresServer postgres)
/// {
///     [PostgresFact]
///     public async Task Saves_a_campaign() { var connectionString = await postgres.CreateDatabaseAsync(); ... }
/// }
/// </code>
/// </remarks>
public sealed class PostgresServer : ThrowawayServer
{
    private const int StartAttempts = 3;

    // Short on purpose: the Unix socket lives here and socket paths are capped at 107 bytes (macOS temp paths are long).
    private readonly string _rootDirectory = Path.Combine(Path.GetTempPath(), $"headless-pg-{Guid.NewGuid():N}"[..24]);
    private PostgresCluster? _cluster;
    private int _port;

    /// <summary>The loopback port the server listens on; only known once started.</summary>
    public int Port => _port != 0 ? _port : throw new InvalidOperationException("The PostgreSQL server has not started yet.");

    public string ConnectionString(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Port,
            Username = PostgresCluster.Superuser,
            Database = database,
            IncludeErrorDetail = true,
            // Every test owns a database and so a pool; idle connections must go quickly to stay under max_connections.
            ConnectionIdleLifetime = 5,
            ConnectionPruningInterval = 1,
        };
        return builder.ConnectionString;
    }

    /// <summary>Creates an empty database (a unique name unless one is given) and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null, CancellationToken cancellationToken = default)
    {
        var database = name is null ? PostgresDatabaseName.NewUnique() : PostgresDatabaseName.Validate(name);
        await StartAsync(cancellationToken);

        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        // DDL takes no parameters; the name was validated as a plain identifier above.
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(database);
    }

    protected override async Task StopCoreAsync()
    {
        if (_cluster is { MayBeRunning: true } cluster)
        {
            await cluster.StopAsync(CancellationToken.None);
        }

        NpgsqlConnection.ClearAllPools();
        TemporaryDirectory.TryDelete(_rootDirectory);
    }

    protected override async Task StartCoreAsync()
    {
        var binaries = PostgresBinaries.Locate() ?? throw new InvalidOperationException(
            PostgresBinaries.MissingMessage + " (searched PATH and /usr/lib/postgresql/*/bin).");
        var cluster = new PostgresCluster(binaries, ServerAccount.WhenRoot(PostgresCluster.Superuser), _rootDirectory);
        _cluster = cluster;
        await cluster.InitializeAsync(CancellationToken.None);

        // Another process may grab the free port before the server binds it; a fresh port usually fixes that.
        var failures = new StringBuilder();
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            var port = FreeTcpPort.Next();
            var result = await cluster.StartAsync(port, CancellationToken.None);
            if (result.Succeeded)
            {
                _port = port;
                return;
            }

            failures.AppendLine($"--- attempt {attempt} on port {port}: pg_ctl exited with {result.ExitCode} ---")
                .AppendLine(result.Output);
        }

        throw new InvalidOperationException(
            $"PostgreSQL did not start from {_rootDirectory} after {StartAttempts} attempts.\n{failures}"
            + $"--- server log ---\n{cluster.ReadLog()}");
    }
}
