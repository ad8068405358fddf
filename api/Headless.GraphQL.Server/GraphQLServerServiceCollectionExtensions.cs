using GraphQL.DI;
using Headless.GraphQL.Server.Caching;
using Headless.GraphQL.Server.Errors;
using Headless.GraphQL.Server.Execution;
using Headless.GraphQL.Server.Http;
using Headless.GraphQL.Server.Validation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Headless.GraphQL.Server;

public static class GraphQLServerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the GraphQL-over-HTTP server: options (section <c>GraphQL</c>, validated on start),
    /// validation limits, error shaping and the parsed-document cache. The schema itself is
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
        return services;
    }

    private static GraphQLServerOptions Current(IServiceProvider services) =>
        services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
}
