using Headless.Domain.Campaigns;
using Headless.Domain.Common;

namespace Headless.Domain.Donations;

/// <summary>
/// A donation collected on a third-party platform and recorded back. Headless never charges anyone:
/// (platform, external reference) is the platform's own id, and so the idempotency key.
/// </summary>
public sealed class Donation : Entity
{
    private Donation()
    {
        Currency = ExternalReference = string.Empty;
    }

    public Guid CampaignId { get; private set; }

    public Guid? TierId { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; }

    public DonationPlatform Platform { get; private set; }

    public string ExternalReference { get; private set; }

    /// <summary>The name the donor chose to show; null when anonymous.</summary>
    public string? DonorName { get; private set; }

    public bool IsAnonymous { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public DateTime RecordedAt { get; private set; }

    public DateTime? RefundedAt { get; private set; }

    public bool IsRefunded => RefundedAt is not null;

    public Money Money => new(Amount, Currency);

    public static Donation Record(Campaign campaign, DonationDetails details, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(details);
        if (details.Amount.Amount <= 0)
        {
            throw new DomainRuleException("amount.amount", "NOT_POSITIVE", "A donation must be positive.");
        }

        if (details.Amount.Currency != campaign.Currency)
        {
            throw new DomainRuleException("amount.currency", "CURRENCY_MISMATCH", $"This campaign collects {campaign.Currency}.");
        }

        var receivedAt = Guard.Utc(details.ReceivedAt, "receivedAt");
        if (receivedAt > now.AddMinutes(5))
        {
            throw new DomainRuleException("receivedAt", "IN_FUTURE", "A donation cannot be received in the future.");
        }

        var donorName = details.Anonymous ? null : Guard.Optional(details.DonorName, "donorName", 100);
        return new Donation
        {
            CampaignId = campaign.Id,
            TierId = details.TierId,
            Amount = details.Amount.Amount,
            Currency = details.Amount.Currency,
            Platform = details.Platform,
            ExternalReference = Guard.Required(details.ExternalReference, "externalReference", 200),
            DonorName = donorName,
            IsAnonymous = details.Anonymous || donorName is null,
            ReceivedAt = receivedAt,
            RecordedAt = Guard.Utc(now, "now"),
        };
    }

    public void Refund(DateTime now)
    {
        if (RefundedAt is not null)
        {
            throw new DomainRuleException("donationId", "ALREADY_REFUNDED", "The donation was already refunded.");
        }

        RefundedAt = Guard.Utc(now, "now");
    }
}
