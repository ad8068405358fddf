using Headless.Domain.Campaigns;
using Headless.Domain.Common;

namespace Headless.Domain.Donations;

public sealed record DonationDetails(
    Money Amount,
    DonationPlatform Platform,
    string ExternalReference,
    Guid? TierId,
    string? DonorName,
    bool Anonymous,
    DateTime ReceivedAt);
