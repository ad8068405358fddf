namespace Headless.Schema.Campaigns;

/// <summary>The input of a change that needs nothing but its campaign, optionally at the version the caller saw.</summary>
public sealed record CampaignChangeInput(string CampaignId, int? ExpectedVersion);
