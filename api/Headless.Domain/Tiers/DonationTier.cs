using Headless.Domain.Common;

namespace Headless.Domain.Tiers;

/// <summary>
/// A way to give, with an optional reward (contrepartie), scarcity (max quantity) and exclusivity (end date).
/// Amounts are in the campaign's currency.
/// </summary>
public sealed class DonationTier : Entity
{
    public const decimal MinimumUnit = 1m;

    private DonationTier()
    {
        Name = string.Empty;
        Presets = [];
    }

    public Guid CampaignId { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public string? Reward { get; private set; }

    public TierAmountType AmountType { get; private set; }

    /// <summary>The amount of a FIXED tier.</summary>
    public decimal? Amount { get; private set; }

    /// <summary>The minimum of a FLEXIBLE tier, at least one unit of the currency.</summary>
    public decimal? MinimumAmount { get; private set; }

    /// <summary>The maximum of a FLEXIBLE tier; none means "to infinity".</summary>
    public decimal? MaximumAmount { get; private set; }

    public List<decimal> Presets { get; private set; }

    public int? MaxQuantity { get; private set; }

    /// <summary>How many donations took one of the limited places; kept with the tier so it can be checked atomically.</summary>
    public int ClaimedQuantity { get; private set; }

    public DateTime? EndsAt { get; private set; }

    public int SortOrder { get; private set; }

    public DateTime? ArchivedAt { get; private set; }

    public int Version { get; private set; }

    public int? RemainingQuantity => MaxQuantity is { } max ? Math.Max(0, max - ClaimedQuantity) : null;

    public static DonationTier Create(Guid campaignId, TierDetails details)
    {
        var tier = new DonationTier { CampaignId = campaignId };
        tier.Update(details);
        return tier;
    }

    public void Update(TierDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        TierAmountRules.Validate(details);
        if (details.MaxQuantity is { } max && max < ClaimedQuantity)
        {
            throw new DomainRuleException("maxQuantity", "BELOW_CLAIMED", $"{ClaimedQuantity} places are already taken.");
        }

        Name = Guard.Required(details.Name, "name", 100);
        Description = Guard.Optional(details.Description, "description", 2000);
        Reward = Guard.Optional(details.Reward, "reward", 500);
        AmountType = details.AmountType;
        Amount = details.AmountType == TierAmountType.Fixed ? details.Amount : null;
        MinimumAmount = details.AmountType == TierAmountType.Flexible ? details.MinimumAmount ?? MinimumUnit : null;
        MaximumAmount = details.AmountType == TierAmountType.Flexible ? details.MaximumAmount : null;
        Presets = details.AmountType == TierAmountType.Flexible ? [.. details.Presets.Distinct().Order()] : [];
        MaxQuantity = details.MaxQuantity;
        EndsAt = Guard.Utc(details.EndsAt, "endsAt");
        SortOrder = details.SortOrder;
        Version++;
    }

    public TierAvailability AvailabilityAt(DateTime now) =>
        ArchivedAt is not null ? TierAvailability.Archived
        : EndsAt is { } end && now >= end ? TierAvailability.Ended
        : RemainingQuantity == 0 ? TierAvailability.SoldOut
        : TierAvailability.Available;

    public bool Accepts(decimal amount) => AmountType switch
    {
        TierAmountType.Fixed => amount == Amount,
        _ => amount >= (MinimumAmount ?? MinimumUnit) && (MaximumAmount is null || amount <= MaximumAmount),
    };

    /// <summary>Takes one limited place for a donation; refuses when the tier cannot take it.</summary>
    public void Claim(decimal amount, DateTime at)
    {
        var availability = AvailabilityAt(at);
        if (availability != TierAvailability.Available)
        {
            throw new DomainRuleException("tierId", availability.ToString().ToUpperInvariant(), $"The tier is {availability.ToString().ToLowerInvariant()}.");
        }

        if (!Accepts(amount))
        {
            throw new DomainRuleException("amount", "AMOUNT_NOT_ACCEPTED", "The amount does not fit the tier.");
        }

        ClaimedQuantity++;
        Version++;
    }

    /// <summary>Gives a limited place back, when its donation is refunded.</summary>
    public void Release()
    {
        ClaimedQuantity = Math.Max(0, ClaimedQuantity - 1);
        Version++;
    }

    public void MoveTo(int sortOrder)
    {
        SortOrder = sortOrder;
        Version++;
    }

    public void Archive(DateTime now)
    {
        ArchivedAt ??= Guard.Utc(now, "now");
        Version++;
    }
}
