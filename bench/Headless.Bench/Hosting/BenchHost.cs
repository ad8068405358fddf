using System.Net;
using Headless.Data;
using Headless.GraphQL.Server.Subscriptions;
using Headless.Twitter.Sources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Bench.Hosting;

/// <summary>
/// The real API host — Program.cs and its registrations — on Kestrel at a random loopback port,
/// over a temp SQLite file, with tweet ingestion on and fed by <see cref="BenchTweetSource"/>.
/// </summary>
public sealed class BenchHost : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), $"headless-bench-{Guid.NewGuid():N}.db");
    private readonly TimeSpan? _batchWindow;

    public BenchHost(TimeSpan? batchWindow)
    {
        _batchWindow = batchWindow;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public BenchTweetSource Tweets { get; } = new();

    public SubscriptionMultiplexer Multiplexer => Services.GetRequiredService<SubscriptionMultiplexer>();

    public HeadlessDbContextFactory Contexts => Services.GetRequiredService<HeadlessDbContextFactory>();

    /// <summary>Starts Kestrel and returns the <c>ws://</c> address of <c>/graphql</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address.");
        return new UriBuilder(new Uri(new Uri(address), "/graphql")) { Scheme = "ws" }.Uri;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // The API's own folder (its appsettings.json), as recorded at build time: `dotnet run` may start anywhere.
        builder.UseContentRoot(ApiContentRoot.Locate());

        // Throw-away signing keys are accepted in Testing; the benchmark never issues tokens.
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databaseFile}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("Ingestion:Enabled", "true");
        if (_batchWindow is { } window)
        {
            builder.UseSetting("Ingestion:BatchWindow", window.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        // Every subscriber connects from 127.0.0.1: one anonymous partition must not throttle the run.
        builder.UseSetting("RateLimiting:GraphQL:PermitLimit", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
        builder.ConfigureTestServices(services =>
        {
            // Registered last, so the pipeline reads the benchmark's tweets instead of the replay.
            services.AddSingleton<ITweetSource>(Tweets);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _databaseFile, _databaseFile + "-wal", _databaseFile + "-shm" })
        {
            File.Delete(file);
        }

        GC.SuppressFinalize(this);
    }
}
