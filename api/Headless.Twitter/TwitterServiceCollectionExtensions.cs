using System.Net;
using System.Net.Http.Headers;
using Headless.Twitter.Client;
using Headless.Twitter.Replay;
using Headless.Twitter.Rules;
using Headless.Twitter.Sources;
using Headless.Twitter.Streaming;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace Headless.Twitter;

public static class TwitterServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="XApiClient"/>, <see cref="FilteredStreamReader"/> and <see cref="StreamRulesSynchronizer"/>
    /// with <see cref="XApiOptions"/> bound from the <c>X</c> section. Short calls retry on 5xx and timeouts;
    /// the stream client has no retry handler and no timeout, since the reader owns reconnection.
    /// </summary>
    public static IServiceCollection AddXApiClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(XApiClient)))
        {
            return services;
        }

        services.AddOptions<XApiOptions>().Bind(configuration.GetSection(XApiOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<XApiOptions>, XApiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(XApiClient.RestClientName, ConfigureHttpClient)
            .AddStandardResilienceHandler(options => options.Retry.ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)));
        services.AddHttpClient(XApiClient.StreamClientName, (provider, http) =>
        {
            ConfigureHttpClient(provider, http);
            http.Timeout = Timeout.InfiniteTimeSpan;
        });

        services.AddSingleton<XApiClient>();
        services.AddTransient<FilteredStreamReader>();
        services.AddSingleton<StreamRulesSynchronizer>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="ITweetSource"/>: the live filtered stream when <c>X:BearerToken</c> is set,
    /// otherwise the replay of <c>X:ReplayFile</c>. Backfill queries come from the stream's active rules
    /// unless the host registers its own <see cref="IStreamQueryProvider"/>.
    /// </summary>
    public static IServiceCollection AddTweetSource(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddXApiClient(configuration);
        services.AddOptions<ReplayOptions>().Bind(configuration.GetSection(XApiOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReplayOptions>, ReplayOptionsValidator>());
        services.TryAddSingleton<IStreamQueryProvider, ActiveRulesQueryProvider>();
        services.TryAddSingleton<FilteredStreamTweetSource>();
        services.TryAddSingleton<ReplayTweetSource>();
        services.TryAddSingleton<ITweetSource>(provider =>
            provider.GetRequiredService<IOptions<XApiOptions>>().Value.HasBearerToken
                ? provider.GetRequiredService<FilteredStreamTweetSource>()
                : provider.GetRequiredService<ReplayTweetSource>());
        return services;
    }

    private static void ConfigureHttpClient(IServiceProvider provider, HttpClient http)
    {
        var options = provider.GetRequiredService<IOptions<XApiOptions>>().Value;
        // A trailing slash keeps a path prefix in BaseUrl (a proxy, a fake server) when relative paths are resolved.
        http.BaseAddress = new Uri(options.BaseUrl.TrimEnd('/') + "/");
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Headless", "1.0"));
        if (options.HasBearerToken)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.BearerToken);
        }
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException or TimeoutRejectedException } => true,
        { Result: { } response } => (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout,
        _ => false,
    };
}
