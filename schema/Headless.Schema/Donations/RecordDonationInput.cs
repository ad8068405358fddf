using Headless.Domain.Campaigns;

namespace Headless.Schema.Donations;

/// <summary>A donation as the platform reports it; (platform, externalReference) makes recording it idempotent.</summary>
public sealed record RecordDonationInput(
    string CampaignId,
    MoneyInput Amount,
    DonationPlatform Platform,
    string ExternalReference,
    string? TierId,
    string? DonorName,
    bool? Anonymous,
    DateTime ReceivedAt);
