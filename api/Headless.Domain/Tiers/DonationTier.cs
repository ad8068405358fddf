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

        // Checked in full first, so a refused update leaves the tier, and its version, as they were.
        TierAmountRules.Validate(details);
        if (details.MaxQuantity is { } max && max < ClaimedQuantity)
        {
            throw new DomainRuleException("maxQuantity", "BELOW_CLAIMED", $"{ClaimedQuantity} places are already taken.");
        }

        var name = Guard.Required(details.Name, "name", 100);
        var description = Guard.Optional(details.Description, "description", 2000);
        var reward = Guard.Optional(details.Reward, "reward", 500);
        var endsAt = Guard.Utc(details.EndsAt, "endsAt");
        var isFlexible = details.AmountType == TierAmountType.Flexible;

        Name = name;
        Description = description;
        Reward = reward;
        AmountType = details.AmountType;
        Amount = isFlexible ? null : details.Amount;
        MinimumAmount = isFlexible ? details.MinimumAmount ?? MinimumUnit : null;
        MaximumAmount = isFlexible ? details.MaximumAmount : null;
        Presets = isFlexible ? [.. details.Presets.Distinct().Order()] : [];
        MaxQuantity = details.MaxQuantity;
        EndsAt = endsAt;
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
            throw Unavailable(availability);
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
        if (ClaimedQuantity == 0)
        {
            return;
        }

        ClaimedQuantity--;
        Version++;
    }

    public void MoveTo(int sortOrder)
    {
        if (SortOrder == sortOrder)
        {
            return;
        }

        SortOrder = sortOrder;
        Version++;
    }

    /// <summary>Archiving again keeps the first archive time and, as nothing changes, the version.</summary>
    public void Archive(DateTime now)
    {
        if (ArchivedAt is not null)
        {
            return;
        }

        ArchivedAt = Guard.Utc(now, "now");
        Version++;
    }

    // Codes are spelled out rather than derived from enum names, so renaming a member cannot change the API's error codes.
    private static DomainRuleException Unavailable(TierAvailability availability) => availability switch
    {
        TierAvailability.SoldOut => new DomainRuleException("tierId", "SOLD_OUT", "Every place of this tier is taken."),
        TierAvailability.Ended => new DomainRuleException("tierId", "ENDED", "This tier has ended."),
        TierAvailability.Archived => new DomainRuleException("tierId", "ARCHIVED", "This tier is archived."),
        _ => throw new ArgumentOutOfRangeException(nameof(availability), availability, "Only an unavailable tier has an error."),
    };
}
