using Headless.Domain.Tiers;

namespace Headless.Schema.Tiers;

/// <summary>The editable details of a tier, shared by create and update; amounts are in the campaign's currency.</summary>
public sealed record TierInput(
    string Name,
    string? Description,
    string? Reward,
    TierAmountType AmountType,
    decimal? Amount,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    IReadOnlyList<decimal>? Presets,
    int? MaxQuantity,
    DateTime? EndsAt,
    int? SortOrder)
{
    public TierDetails ToDetails(int defaultSortOrder) =>
        new(Name, Description, Reward, AmountType, Amount, MinimumAmount, MaximumAmount, Presets ?? [], MaxQuantity, EndsAt, SortOrder ?? defaultSortOrder);
}
