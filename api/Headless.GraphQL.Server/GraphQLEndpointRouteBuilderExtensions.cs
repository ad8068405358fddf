using GraphQL.Types;
using Headless.GraphQL.Server.GraphiQL;
using Headless.GraphQL.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.GraphQL.Server;

public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP for <typeparamref name="TSchema"/> (resolved from DI) at
    /// <paramref name="pattern"/>, and the GraphiQL assets under <c>{pattern}/graphiql/{file}</c>.
    /// Conventions added to the result (CORS, authorization...) apply to both.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(
        this IEndpointRouteBuilder endpoints,
        string pattern = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);

        var graphql = endpoints
            .Map(pattern, http => http.RequestServices.GetRequiredService<GraphQLHttpEndpoint<TSchema>>().HandleAsync(http))
            .WithDisplayName($"GraphQL {typeof(TSchema).Name}");
        var assets = endpoints
            .MapGet(pattern.TrimEnd('/') + "/graphiql/{file}", (HttpContext http, string file) => GraphiQLAssets.ServeAsync(http, file))
            .WithDisplayName("GraphiQL assets")
            .ExcludeFromDescription();
        return new CompositeEndpointConventionBuilder([graphql, assets]);
    }
}
