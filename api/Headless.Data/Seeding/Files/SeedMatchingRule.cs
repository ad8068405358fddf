namespace Headless.Data.Seeding.Files;

public sealed record SeedMatchingRule(
    string SponsorName,
    decimal PerRetweet,
    decimal PerReply,
    decimal PerQuote,
    decimal Cap,
    string? Currency,
    bool OncePerAuthor,
    string StartsAt,
    string EndsAt);
