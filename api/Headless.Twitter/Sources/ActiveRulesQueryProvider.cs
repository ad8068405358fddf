using Headless.Twitter.Client;

namespace Headless.Twitter.Sources;

/// <summary>Backfills with the stream's own active rules, one search query per rule.</summary>
public sealed class ActiveRulesQueryProvider(XApiClient client) : IStreamQueryProvider
{
    public async Task<IReadOnlyList<BackfillQuery>> GetBackfillQueriesAsync(CancellationToken cancellationToken)
    {
        var rules = await client.ListRulesAsync(cancellationToken);
        return rules.Select(r => new BackfillQuery(r.Value, r.Id, r.Tag)).ToList();
    }
}
