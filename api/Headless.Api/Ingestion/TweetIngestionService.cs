using Headless.Data.Ingestion;
using Headless.Data.Tweets;
using Headless.Domain.Tweets;
using Headless.Schema.Realtime;
using Headless.Twitter.Sources;
using Microsoft.Extensions.Options;

namespace Headless.Api.Ingestion;

/// <summary>
/// The pipeline: tweet source → bounded batches → matching and idempotent storage → events, published
/// only after the batch is committed. A failing batch is retried, never dropped; a restart re-reads
/// nothing twice because storage is idempotent on the X id.
/// </summary>
public sealed partial class TweetIngestionService(
    ITweetSource source,
    TweetIngestor ingestor,
    RealtimeEvents events,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<TweetIngestionService> logger) : BackgroundService
{
    public long TweetsStored { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var messages = source.ReadAllAsync(stoppingToken);
        try
        {
            await foreach (var batch in messages.ReadBatchesAsync(settings.BatchSize, settings.BatchWindow, stoppingToken))
            {
                var now = time.GetUtcNow().UtcDateTime;
                var tweets = batch.Select(m => XTweetMapping.ToTweetData(m, now)).OfType<TweetData>().ToList();
                var result = await StoreWithRetryAsync(tweets, stoppingToken);
                TweetsStored += result.Tweets.Count;
                await PublishAsync(result, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<IngestionResult> StoreWithRetryAsync(List<TweetData> tweets, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ingestor.IngestAsync(tweets, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && attempt < 10)
            {
                // The database may be restarting: back off, then store the same batch again.
                LogRetry(logger, tweets.Count, attempt, exception);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, attempt))), time, cancellationToken);
            }
        }
    }

    private async Task PublishAsync(IngestionResult result, CancellationToken cancellationToken)
    {
        foreach (var tweet in result.Tweets)
        {
            await events.TweetReceivedAsync(new TweetReceived(tweet.TweetId, tweet.Kind, tweet.NgoIds, tweet.CampaignIds, tweet.LiveSessionIds), cancellationToken);
        }

        foreach (var sessionId in result.Tweets.SelectMany(t => t.LiveSessionIds).Distinct())
        {
            await events.LiveSessionUpdatedAsync(sessionId, cancellationToken);
        }

        await events.CampaignProgressChangedAsync(result.PledgeCampaignIds, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing a batch of {Count} tweets failed (attempt {Attempt}); retrying.")]
    private static partial void LogRetry(ILogger logger, int count, int attempt, Exception exception);
}
