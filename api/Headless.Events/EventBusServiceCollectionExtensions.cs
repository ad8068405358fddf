using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Headless.Events;

public static class EventBusServiceCollectionExtensions
{
    /// <summary>The in-process bus, or the Redis bus when <c>Redis:ConnectionString</c> is set.</summary>
    public static IServiceCollection AddHeadlessEvents(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(EventBusOptions.Section).Get<EventBusOptions>() ?? new EventBusOptions();
        services.AddSingleton(options);
        services.AddSingleton<InProcessEventBus>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<InProcessEventBus>());
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options.ConnectionString));
        services.AddSingleton<RedisEventBus>();
        services.AddSingleton<IEventBus>(sp => sp.GetRequiredService<RedisEventBus>());
        services.AddHostedService(sp => sp.GetRequiredService<RedisEventBus>());
        return services;
    }
}
