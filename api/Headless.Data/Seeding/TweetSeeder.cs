using Headless.Data.Ingestion;
using Headless.Data.Tweets;
using Headless.Domain.Tweets;
using Headless.Twitter.Payloads;

namespace Headless.Data.Seeding;

/// <summary>
/// Imports the seed tweets through the same ingestion as live tweets, with times shifted so the
/// file's anchor is now. Tweets already stored are skipped, so seeding twice adds nothing.
/// </summary>
internal sealed class TweetSeeder(TweetIngestor ingestor, DateTime now)
{
    private const int BatchSize = 200;

    public async Task<int> SeedAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken)
    {
        var shift = now - SeedTime.TweetAnchor;
        var tweets = lines
            .Select(line => XJson.TryParseStreamLine(line, out var message) ? XTweetMapping.ToTweetData(message!, now) : null)
            .OfType<TweetData>()
            .Select(t => t with { CreatedAt = t.CreatedAt + shift })
            .OrderBy(t => t.CreatedAt)
            .ToList();

        var added = 0;
        foreach (var batch in tweets.Chunk(BatchSize))
        {
            added += (await ingestor.IngestAsync(batch, cancellationToken)).Tweets.Count;
        }

        return added;
    }
}
