namespace Headless.Domain.LiveSessions;

public sealed record LiveSessionDetails(
    string Slug,
    string Title,
    string? Description,
    IReadOnlyList<string> Hashtags,
    string PlaceName,
    double? Latitude,
    double? Longitude,
    DateTime ScheduledStartAt);
