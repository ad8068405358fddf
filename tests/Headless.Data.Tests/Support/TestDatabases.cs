using Headless.Data.Providers;
using Headless.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Headless.Data.Tests.Support;

/// <summary>
/// Hands every test a fresh database of the provider it asks for: a new SQLite file, or a new
/// database on the shared PostgreSQL server.
/// </summary>
/// <remarks>
/// The PostgreSQL server starts lazily, on the first PostgreSQL database asked for, so SQLite tests
/// still run on machines where PostgreSQL is missing (the PostgreSQL cases are skipped there).
/// </remarks>
public sealed class TestDatabases : IAsyncLifetime
{
    private readonly PostgresServer _postgres = new();
    private readonly string _sqliteFolder = Path.Combine(Path.GetTempPath(), $"headless-data-tests-{Guid.NewGuid():N}");

    /// <summary>An empty database, without any table.</summary>
    public async Task<HeadlessDbContextFactory> CreateEmptyAsync(DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => NewSqliteFile(),
            DatabaseProvider.Postgres => await _postgres.CreateDatabaseAsync(cancellationToken: cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Only SQLite and PostgreSQL can run here."),
        };
        return ContextFactories.For(provider, connectionString);
    }

    /// <summary>A fresh database with every migration applied.</summary>
    public async Task<HeadlessDbContextFactory> CreateMigratedAsync(DatabaseProvider provider, CancellationToken cancellationToken = default)
    {
        var contexts = await CreateEmptyAsync(provider, cancellationToken);
        await using var db = contexts.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        return contexts;
    }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(_sqliteFolder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _postgres.DisposeAsync();

        // Pooled connections keep the files open until the pool lets go of them.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_sqliteFolder, recursive: true);
    }

    private string NewSqliteFile() =>
        new SqliteConnectionStringBuilder { DataSource = Path.Combine(_sqliteFolder, $"{Guid.NewGuid():N}.db") }.ConnectionString;
}
