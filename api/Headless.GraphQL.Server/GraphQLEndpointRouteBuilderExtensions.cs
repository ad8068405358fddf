using GraphQL.Types;
using Headless.GraphQL.Server.GraphiQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL for <typeparamref name="TSchema"/> (resolved from DI) at <paramref name="pattern"/>:
    /// over HTTP, over WebSocket (<c>graphql-transport-ws</c> upgrades) and over Server-Sent Events
    /// (requests accepting <c>text/event-stream</c>); and the GraphiQL assets under <c>{pattern}/graphiql/{file}</c>.
    /// Conventions added to the result (CORS, authorization...) apply to both.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);

        // The endpoint brings its own WebSocket handshake support, so the host need not call UseWebSockets.
        var transports = endpoints.CreateApplicationBuilder();
        transports.UseWebSockets();
        transports.Run(http => http.RequestServices.GetRequiredService<GraphQLTransportRouter<TSchema>>().HandleAsync(http));
        var graphql = endpoints
            .Map(pattern, transports.Build())
            .WithDisplayName($"GraphQL {typeof(TSchema).Name}");
        var assets = endpoints
            .MapGet(pattern.TrimEnd('/') + "/graphiql/{file}", (HttpContext http, string file) => GraphiQLAssets.ServeAsync(http, file))
            .WithDisplayName("GraphiQL assets")
            .ExcludeFromDescription();
        return new CompositeEndpointConventionBuilder([graphql, assets]);
    }
}
