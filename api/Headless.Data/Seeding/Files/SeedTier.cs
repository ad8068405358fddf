namespace Headless.Data.Seeding.Files;

public sealed record SeedTier(
    string Key,
    string Name,
    string? Description,
    string? Reward,
    string AmountType,
    decimal? Amount,
    decimal? MinimumAmount,
    decimal? MaximumAmount,
    IReadOnlyList<decimal>? Presets,
    int? MaxQuantity,
    string? EndsAt,
    int SortOrder);
