namespace Headless.Schema.LiveSessions;

public sealed record CreateLiveSessionInput(
    string NgoId,
    string Slug,
    string Title,
    string? Description,
    IReadOnlyList<string> Hashtags,
    string PlaceName,
    double? Latitude,
    double? Longitude,
    DateTime ScheduledStartAt,
    IReadOnlyList<string>? AccountIds);
