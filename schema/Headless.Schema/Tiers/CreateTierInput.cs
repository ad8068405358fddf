namespace Headless.Schema.Tiers;

public sealed record CreateTierInput(string CampaignId, TierInput Tier);
