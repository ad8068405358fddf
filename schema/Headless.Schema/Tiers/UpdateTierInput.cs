namespace Headless.Schema.Tiers;

/// <summary><see cref="ExpectedVersion"/>: the tier version the client edited; a newer stored version is a conflict.</summary>
public sealed record UpdateTierInput(string TierId, TierInput Tier, int? ExpectedVersion);
