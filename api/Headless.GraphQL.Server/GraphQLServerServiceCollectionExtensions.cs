using GraphQL.DI;
using Headless.GraphQL.Server.Caching;
using Headless.GraphQL.Server.Errors;
using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Realtime;
using Headless.GraphQL.Server.ServerSentEvents;
using Headless.GraphQL.Server.Subscriptions;
using Headless.GraphQL.Server.Validation;
using Headless.GraphQL.Server.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server;

public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL server: options (section <c>GraphQL</c>, validated on start),
    /// validation limits, error shaping, the parsed-document cache, and the real-time transports
    /// (WebSocket, SSE) with their shared <see cref="SubscriptionMultiplexer"/>. The schema itself is
    /// registered separately with GraphQL.NET's <c>AddGraphQL</c>.
    /// </summary>
    public static IServiceCollection AddHeadlessGraphQLServer(
        this IServiceCollection services,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<GraphQLServerOptions>()
            .BindConfiguration(GraphQLServerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(sp => new ServerValidationRules(Current(sp)));
        services.TryAddSingleton(sp => new ServerErrorInfoProvider(Current(sp)));
        services.TryAddSingleton<GraphQLResponseSerializer>();
        services.TryAddSingleton(sp => new ParsedDocumentCache(Current(sp)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, ParsedDocumentCache>(
            sp => sp.GetRequiredService<ParsedDocumentCache>()));
        services.TryAddSingleton(typeof(GraphQLRequestExecutor<>));
        services.TryAddSingleton(typeof(GraphQLHttpEndpoint<>));
        services.TryAddSingleton<SubscriptionMultiplexer>();
        services.TryAddSingleton<RealtimeConnectionLimiter>();
        services.TryAddSingleton(typeof(RealtimeOperationStarter<>));
        services.TryAddSingleton(typeof(GraphQLWebSocketEndpoint<>));
        services.TryAddSingleton(typeof(GraphQLSseEndpoint<>));
        services.TryAddSingleton(typeof(GraphQLTransportRouter<>));
        return services;
    }

    private static GraphQLServerOptions Current(IServiceProvider services) =>
        services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
}
