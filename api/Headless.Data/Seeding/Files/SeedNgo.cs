namespace Headless.Data.Seeding.Files;

public sealed record SeedNgo(
    string Slug,
    string Name,
    string? Description,
    string? Website,
    string Country,
    string DefaultCurrency,
    string? LogoUrl,
    IReadOnlyList<SeedAccount>? Accounts,
    IReadOnlyList<SeedCampaign>? Campaigns,
    IReadOnlyList<SeedLiveSession>? LiveSessions);
