using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.GraphQL.DataLoading;

/// <summary>Registers data loaders with the lifetime they need.</summary>
public static class DataLoaderServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TLoader"/> scoped: one instance, queue and cache per request,
    /// so values never leak between requests or users.
    /// </summary>
    public static IServiceCollection AddDataLoader<TLoader>(this IServiceCollection services)
        where TLoader : class
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<TLoader>();
        return services;
    }
}
