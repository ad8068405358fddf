using Headless.Api.Ingestion;
using Headless.Events;
using Headless.Twitter;

namespace Headless.Api.Hosting;

public static class IngestionHostingExtensions
{
    /// <summary>
    /// The event bus (Redis when <c>Redis:ConnectionString</c> is set) and, on the ingesting node,
    /// the tweet pipeline: the X filtered stream when <c>X:BearerToken</c> is set, else the replay of
    /// seed/data/tweets.ndjson.
    /// </summary>
    public static IHostApplicationBuilder AddHeadlessIngestion(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddHeadlessEvents(builder.Configuration);
        builder.Services.AddSingleton<ActiveStreamRules>();
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var ingestion = builder.Configuration.GetSection(IngestionOptions.Section).Get<IngestionOptions>() ?? new IngestionOptions();
        if (!ingestion.Enabled)
        {
            return builder;
        }

        builder.Services.AddTweetSource(builder.Configuration);
        builder.Services.AddSingleton<TweetIngestionService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TweetIngestionService>());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["X:BearerToken"]))
        {
            builder.Services.AddHostedService<StreamRulesService>();
        }

        return builder;
    }
}
