using GraphQL.Types;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.ServerSentEvents;
using Headless.GraphQL.Server.WebSockets;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server;

/// <summary>Sends each request at the GraphQL path to the transport it asks for.</summary>
internal sealed class GraphQLTransportRouter<TSchema>(
    GraphQLHttpEndpoint<TSchema> http,
    GraphQLWebSocketEndpoint<TSchema> webSockets,
    GraphQLSseEndpoint<TSchema> serverSentEvents,
    IOptions<GraphQLServerOptions> options)
    where TSchema : ISchema
{
    private readonly GraphQLServerOptions _options = options.Value;

    public Task HandleAsync(HttpContext context)
    {
        if (_options.EnableWebSockets && context.WebSockets.IsWebSocketRequest)
        {
            return webSockets.HandleAsync(context);
        }

        var method = context.Request.Method;
        if (_options.EnableServerSentEvents
            && (HttpMethods.IsGet(method) || HttpMethods.IsPost(method))
            && AcceptNegotiator.PrefersEventStream(context.Request))
        {
            return serverSentEvents.HandleAsync(context);
        }

        return http.HandleAsync(context);
    }
}
