namespace Headless.Schema.Tiers;

public sealed record ReorderTiersInput(string CampaignId, IReadOnlyList<string> TierIds);
