using Headless.Mutations.Tests.Support;

namespace Headless.Mutations.Tests.Tiers;

internal static class TierDocuments
{
    private const string TierFields =
        "tier { id name amountType amount { amount currency } minimumAmount { amount } maximumAmount { amount } presets { amount } maxQuantity availableQuantity sortOrder version availability campaign { id } }";

    public const string Create = "mutation($input: CreateTierInput!) { createTier(input: $input) { " + TierFields + " " + Documents.Errors + " } }";

    public const string Update = "mutation($input: UpdateTierInput!) { updateTier(input: $input) { " + TierFields + " " + Documents.Errors + " } }";

    public const string Archive = "mutation($input: ArchiveTierInput!) { archiveTier(input: $input) { " + TierFields + " " + Documents.Errors + " } }";

    public const string Reorder = "mutation($input: ReorderTiersInput!) { reorderTiers(input: $input) { campaign { id tiers { nodes { id name sortOrder } } } " + Documents.Errors + " } }";

    public static object Flexible(string name = "From 1 € to infinity", string minimum = "1", string? maximum = null, string[]? presets = null, int? maxQuantity = null, int? sortOrder = null) =>
        new { name, description = "Give what you can", reward = (string?)null, amountType = "FLEXIBLE", minimumAmount = minimum, maximumAmount = maximum, presets = presets ?? ["5", "10"], maxQuantity, sortOrder };

    public static object Fixed(string amount, int? maxQuantity = null, string name = "Postcard from the field") =>
        new { name, reward = "A postcard", amountType = "FIXED", amount, maxQuantity };
}
