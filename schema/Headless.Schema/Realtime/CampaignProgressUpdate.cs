using Headless.Domain.Campaigns;

namespace Headless.Schema.Realtime;

public sealed record CampaignProgressUpdate(Campaign Campaign, CampaignProgress Progress);
