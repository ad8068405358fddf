namespace Headless.Schema.Tiers;

public sealed record ArchiveTierInput(string TierId, int? ExpectedVersion);
