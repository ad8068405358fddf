namespace Headless.Schema.Campaigns;

/// <summary><see cref="ExpectedVersion"/>: the version the client edited; a newer stored version is a conflict.</summary>
public sealed record UpdateCampaignInput(string CampaignId, CampaignInput Campaign, int? ExpectedVersion);
