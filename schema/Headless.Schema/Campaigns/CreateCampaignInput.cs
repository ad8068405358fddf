namespace Headless.Schema.Campaigns;

public sealed record CreateCampaignInput(string NgoId, CampaignInput Campaign);
