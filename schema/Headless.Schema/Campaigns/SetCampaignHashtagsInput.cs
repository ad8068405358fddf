namespace Headless.Schema.Campaigns;

public sealed record SetCampaignHashtagsInput(string CampaignId, IReadOnlyList<string> Hashtags, int? ExpectedVersion);
