namespace Headless.Data.Seeding.Files;

public sealed record SeedLiveSession(
    string Slug,
    string Title,
    string? Description,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string>? Accounts,
    string PlaceName,
    double? Latitude,
    double? Longitude,
    string ScheduledStartAt,
    string? StartedAt,
    string? EndedAt);
