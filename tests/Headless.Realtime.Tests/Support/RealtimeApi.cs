using System.Net;
using Headless.Api.Tests.Infrastructure;
using Headless.Data;
using Headless.Events;
using Headless.GraphQL.Server.Subscriptions;
using Headless.GraphQL.Server.Tests.Infrastructure;
using Headless.Twitter.Sources;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Headless.Realtime.Tests.Support;

/// <summary>
/// The real host (the API tests' factory) served by Kestrel on a free loopback port, so real
/// WebSocket and SSE clients can reach it. Its clock starts at the wall clock, because the WebSocket
/// transport watches token expiry on the wall clock while tokens are issued on the host's clock.
/// </summary>
public sealed class RealtimeApi : IAsyncDisposable
{
    private readonly HeadlessApiFactory _factory;
    private readonly WebApplicationFactory<Program> _served;
    private readonly List<HttpClient> _clients = [];
    private readonly bool _usesRedis;

    private RealtimeApi(HeadlessApiFactory factory, WebApplicationFactory<Program> served, Uri address, bool usesRedis)
    {
        _factory = factory;
        _usesRedis = usesRedis;
        _served = served;
        Address = address;
        GraphQLAddress = new Uri(address, "/graphql");
        WebSocketAddress = new UriBuilder(GraphQLAddress) { Scheme = "ws" }.Uri;
        // Not draining an abandoned response makes an SSE client's disconnect reach the server at once.
        Http = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = address };
    }

    public Uri Address { get; }

    public Uri GraphQLAddress { get; }

    public Uri WebSocketAddress { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _served.Services;

    public FakeTimeProvider Clock => _factory.Clock;

    /// <summary>Test data stamped with the host's clock.</summary>
    public TestData Data => new(Services.GetRequiredService<HeadlessDbContextFactory>(), Clock.GetUtcNow().UtcDateTime);

    public SubscriptionMultiplexer Multiplexer => Services.GetRequiredService<SubscriptionMultiplexer>();

    /// <summary>This node's local subscribers, also behind the Redis bus, which hands remote events to them.</summary>
    public InProcessEventBus LocalEvents => Services.GetRequiredService<InProcessEventBus>();

    public static RealtimeApi Start(RealtimeApiOptions? options = null)
    {
        options ??= new RealtimeApiOptions();
        var settings = new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Ingestion:Enabled"] = options.Tweets is null ? "false" : "true",
            ["Ingestion:BatchWindow"] = "00:00:00.020",
        };
        if (options.ConnectionString is not null)
        {
            // The factory's own SQLite file is then never created.
            settings["Database:Provider"] = "Postgres";
            settings["Database:ConnectionString"] = options.ConnectionString;
        }

        if (options.RedisConnectionString is not null)
        {
            settings["Redis:ConnectionString"] = options.RedisConnectionString;
            settings["Redis:ChannelPrefix"] = options.RedisChannelPrefix;
        }

        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        var factory = HeadlessApiFactory.OnSqlite(settings);
        factory.Clock.SetUtcNow(options.ClockAt ?? DateTimeOffset.UtcNow);
        var served = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            if (options.Tweets is { } tweets)
            {
                services.AddSingleton<ITweetSource>(tweets);
            }
        }));
        served.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        served.StartServer();
        var address = served.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RealtimeApi(factory, served, new Uri(address), options.RedisConnectionString is not null);
    }

    /// <summary>Waits until <paramref name="count"/> executions listen to <paramref name="topic"/> on this node.</summary>
    public Task ListenersAsync(string topic, int count = 1) =>
        Eventually.TrueAsync(() => LocalEvents.SubscriberCount(topic) >= count, $"{count} listener(s) of {topic}");

    /// <summary>An HTTP client of its own, sending <paramref name="accessToken"/> as its bearer token.</summary>
    public HttpClient ClientWithToken(string accessToken)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        _clients.Add(client);
        return client;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        _clients.ForEach(c => c.Dispose());
        try
        {
            await _factory.DisposeAsync();
        }
        catch (ObjectDisposedException) when (_usesRedis)
        {
            // On Kestrel the app's own app.Run() also stops and disposes the host when the factory stops it:
            // the Redis bus may then be stopped after its connection was disposed. Only the test harness
            // stops a host twice; the host is gone either way.
        }
    }
}
