using Headless.Domain.Campaigns;

namespace Headless.Schema.Campaigns;

public sealed record AddDonationLinkInput(string CampaignId, DonationPlatform Platform, string Url, string? Label, int? ExpectedVersion);
