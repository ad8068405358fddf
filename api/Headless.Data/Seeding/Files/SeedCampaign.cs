namespace Headless.Data.Seeding.Files;

public sealed record SeedCampaign(
    string Slug,
    string Title,
    string? Summary,
    string? Description,
    SeedGoal Goal,
    string StartsAt,
    string EndsAt,
    bool Published,
    bool Archived,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<SeedPhase>? Phases,
    IReadOnlyList<SeedDonationLink>? DonationLinks,
    IReadOnlyList<SeedUpdate>? Updates,
    IReadOnlyList<SeedExpense>? Expenses,
    SeedMatchingRule? MatchingRule,
    IReadOnlyList<SeedTier>? Tiers,
    IReadOnlyList<SeedDonation>? Donations);
