namespace Headless.Data.Ingestion;

/// <summary>What one batch changed: the new tweets, and the campaigns whose matched pledge grew.</summary>
public sealed record IngestionResult(IReadOnlyList<IngestedTweet> Tweets, IReadOnlyList<Guid> PledgeCampaignIds, int Duplicates)
{
    public static IngestionResult Empty { get; } = new([], [], 0);
}
