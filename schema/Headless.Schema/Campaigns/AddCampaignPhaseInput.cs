namespace Headless.Schema.Campaigns;

public sealed record AddCampaignPhaseInput(string CampaignId, PhaseInput Phase, int? ExpectedVersion);
