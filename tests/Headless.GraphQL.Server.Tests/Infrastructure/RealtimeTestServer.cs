using GraphQL;
using Headless.GraphQL.Server.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.GraphQL.Server.Tests.Infrastructure;

/// <summary>A real Kestrel server on a free loopback port, for WebSocket and SSE clients.</summary>
public sealed class RealtimeTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RealtimeTestServer(WebApplication app, Uri address)
    {
        _app = app;
        HttpAddress = new Uri(address, "/graphql");
        WebSocketAddress = new UriBuilder(HttpAddress) { Scheme = "ws" }.Uri;
        // Not draining an abandoned response makes a client disconnect reach the server at once.
        Client = new HttpClient(new SocketsHttpHandler { MaxResponseDrainSize = 0 }) { BaseAddress = address };
    }

    public Uri HttpAddress { get; }

    public Uri WebSocketAddress { get; }

    public HttpClient Client { get; }

    public TestEventSource Events => _app.Services.GetRequiredService<TestEventSource>();

    public SubscriptionMultiplexer Multiplexer => _app.Services.GetRequiredService<SubscriptionMultiplexer>();

    public MutationCounter Mutations => _app.Services.GetRequiredService<MutationCounter>();

    public IServiceProvider Services => _app.Services;

    public static async Task<RealtimeTestServer> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<MutationCounter>();
        builder.Services.AddSingleton<ValidationRunCounter>();
        builder.Services.AddSingleton<TestEventSource>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<RealtimeTestSchema>()
            .AddGraphTypes(typeof(RealtimeTestSchema).Assembly)
            .AddSystemTextJson());
        builder.Services.AddHeadlessGraphQLServer(o =>
        {
            // Off unless a test is about keep-alive, so pings never interleave with expected messages.
            o.KeepAliveInterval = TimeSpan.Zero;
            configure?.Invoke(o);
        });
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapGraphQLHttp<RealtimeTestSchema>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RealtimeTestServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
