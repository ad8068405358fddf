using GraphQL.DI;

namespace Headless.GraphQL.Relay;

/// <summary>Registers the Relay graph types with GraphQL.NET's dependency injection.</summary>
public static class RelayGraphQLBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="NodeInterfaceType"/>, <see cref="PageInfoType"/> and the open generic
    /// connection and edge types, so schemas resolved from the container can use them.
    /// </summary>
    public static IGraphQLBuilder AddRelayTypes(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryRegister(typeof(NodeInterfaceType), typeof(NodeInterfaceType), ServiceLifetime.Transient);
        builder.Services.TryRegister(typeof(PageInfoType), typeof(PageInfoType), ServiceLifetime.Transient);
        builder.Services.TryRegister(typeof(ConnectionType<,>), typeof(ConnectionType<,>), ServiceLifetime.Transient);
        builder.Services.TryRegister(typeof(EdgeType<,>), typeof(EdgeType<,>), ServiceLifetime.Transient);
        return builder;
    }
}
