namespace Headless.Schema.Realtime;

/// <summary>The totals at the time of the change, so subscribers never read a stale cached progress.</summary>
public sealed record CampaignProgressChanged(Guid CampaignId, decimal Raised, decimal PledgedBeforeCap, int DonorCount);
