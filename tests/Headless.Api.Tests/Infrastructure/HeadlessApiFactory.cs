using Headless.Data;
using Headless.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Headless.Api.Tests.Infrastructure;

/// <summary>
/// The real host, registered by the same extension methods as Program.cs, over a database of its own
/// (a temp SQLite file, or a PostgreSQL database), with a fixed clock and a SQL command counter.
/// </summary>
public sealed class HeadlessApiFactory : WebApplicationFactory<Program>
{
    public static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly string _provider;
    private readonly string _connectionString;
    private readonly string? _sqliteFile;
    private readonly Dictionary<string, string?> _settings;

    private HeadlessApiFactory(string provider, string connectionString, string? sqliteFile, Dictionary<string, string?>? settings)
    {
        _provider = provider;
        _connectionString = connectionString;
        _sqliteFile = sqliteFile;
        _settings = settings ?? [];
    }

    public SqlCommandCounter SqlCommands { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(Now));

    public static HeadlessApiFactory OnSqlite(Dictionary<string, string?>? settings = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"headless-api-{Guid.NewGuid():N}.db");
        return new HeadlessApiFactory("Sqlite", $"Data Source={file};Pooling=False", file, settings);
    }

    public static async Task<HeadlessApiFactory> OnPostgresAsync(PostgresServer server, Dictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        return new HeadlessApiFactory("Postgres", await server.CreateDatabaseAsync(), null, settings);
    }

    public TestData Data => new(Services.GetRequiredService<HeadlessDbContextFactory>(), Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _provider);
        builder.UseSetting("Database:ConnectionString", _connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("GraphQL:EnableIntrospection", "true");

        // Tests own their data: no replayed tweets unless a test turns ingestion on.
        builder.UseSetting("Ingestion:Enabled", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(SqlCommands);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_sqliteFile is not null)
        {
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }

        GC.SuppressFinalize(this);
    }
}
