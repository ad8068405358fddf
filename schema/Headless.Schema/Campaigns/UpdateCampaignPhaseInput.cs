namespace Headless.Schema.Campaigns;

/// <summary><see cref="ExpectedVersion"/> is the campaign's: its phases are part of it.</summary>
public sealed record UpdateCampaignPhaseInput(string PhaseId, PhaseInput Phase, int? ExpectedVersion);
