using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

/// <summary>A pledge rule with its campaign, whose currency its amounts are in.</summary>
public sealed record CampaignPledge(Campaign Campaign, PledgeMatchingRule Rule);
