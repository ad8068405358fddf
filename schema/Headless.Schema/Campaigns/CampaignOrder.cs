using Headless.Schema.Common;

namespace Headless.Schema.Campaigns;

public sealed record CampaignOrder(CampaignOrderField Field, OrderDirection Direction);
