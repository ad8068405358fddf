namespace Headless.Data.Progress;

/// <summary>Raw totals of a campaign: non-refunded donations and counted pledge engagements.</summary>
public sealed record CampaignTotals(decimal Raised, int DonorCount, decimal PledgedBeforeCap)
{
    public static CampaignTotals None { get; } = new(0m, 0, 0m);
}
