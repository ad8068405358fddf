namespace Headless.Data.Seeding.Files;

public sealed record SeedUpdate(string Title, string Body, string? PublishedAt, string? TweetUrl);
