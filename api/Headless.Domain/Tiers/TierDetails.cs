namespace Headless.Domain.Tiers;

public sealed record TierDetails(
    string Name,
    string? Description,
    string? Reward,
    TierAmountType AmountType,
    decimal? Amount,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    IReadOnlyList<decimal> Presets,
    int? MaxQuantity,
    DateTime? EndsAt,
    int SortOrder);
