using GraphQL.DI;
using Headless.Api.Realtime;
using Headless.GraphQL.Server;
using Headless.GraphQL.Server.WebSockets;
using Headless.Schema;

namespace Headless.Api.Hosting;

public static class GraphQLHostingExtensions
{
    /// <summary>The schema and the GraphQL-over-HTTP server, configured from the <c>GraphQL</c> section.</summary>
    public static IHostApplicationBuilder AddHeadlessGraphQL(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHeadlessSchema(builder.Configuration);
        builder.Services.AddHeadlessGraphQLServer();
        builder.Services.AddSingleton<IConfigureExecution, DomainRuleErrors>();
        builder.Services.AddSingleton<IGraphQLWebSocketAuthenticator, WebSocketTokenAuthenticator>();
        return builder;
    }

    /// <summary>
    /// Serves <c>/graphql</c> (and GraphiQL when enabled) with the front-end CORS policy. The CORS,
    /// authentication and rate-limit middleware run ahead of it, in <c>MapHeadlessAuth</c>.
    /// </summary>
    public static WebApplication MapHeadlessGraphQL(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGraphQLHttp<HeadlessSchema>("/graphql").RequireCors(CorsHostingExtensions.FrontEndsPolicy);
        return app;
    }
}
