namespace Headless.Schema.Campaigns;

public sealed record RemoveCampaignPhaseInput(string PhaseId, int? ExpectedVersion);
