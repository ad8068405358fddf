using Headless.Twitter.Client;
using Headless.Twitter.Payloads;
using Headless.Twitter.Search;
using Microsoft.Extensions.Logging;

namespace Headless.Twitter.Sources;

/// <summary>
/// After a reconnect, fetches by recent search what the stream matched while it was down (everything
/// newer than the newest tweet already written) and writes it oldest first, before the live stream resumes.
/// </summary>
internal sealed class GapBackfiller(XApiClient client, IStreamQueryProvider queries, int maxPages, ILogger logger)
{
    public async Task BackfillAsync(DeduplicatingTweetWriter writer, DateTimeOffset streamStartedAt, CancellationToken cancellationToken)
    {
        if (maxPages == 0)
        {
            return;
        }

        var sinceId = writer.NewestId;
        var found = new Dictionary<string, XStreamMessage>(StringComparer.Ordinal);
        foreach (var query in await queries.GetBackfillQueriesAsync(cancellationToken))
        {
            // With no tweet seen yet there is no id to continue from; the stream's start time bounds the gap instead.
            var request = new XRecentSearchRequest(query.Query)
            {
                SinceId = sinceId,
                StartTime = sinceId is null ? streamStartedAt : null,
                MaxPages = maxPages,
            };
            await CollectAsync(request, query, found, cancellationToken);
        }

        foreach (var message in found.Values.OrderBy(m => m.Data!.Id, TweetIdComparer.Instance))
        {
            await writer.WriteAsync(message, cancellationToken);
        }

        logger.LogInformation("Backfilled {Count} tweets missed while the filtered stream was down", found.Count);
    }

    private async Task CollectAsync(
        XRecentSearchRequest request,
        BackfillQuery query,
        Dictionary<string, XStreamMessage> found,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var message in client.SearchRecentAsync(request, cancellationToken))
            {
                var id = message.Data!.Id;
                var rules = found.TryGetValue(id, out var earlier) ? earlier.MatchingRules ?? [] : [];
                if (query.RuleId is not null && rules.All(r => r.Id != query.RuleId))
                {
                    rules = [.. rules, new XMatchingRule(query.RuleId, query.Tag)];
                }

                found[id] = message with { MatchingRules = rules };
            }
        }
        catch (Exception e) when (e is XApiException or HttpRequestException)
        {
            // One rejected query (too long for search, say) must not cost the others their backfill.
            logger.LogWarning(e, "Backfill search failed for query {Query}", request.Query);
        }
    }
}
