namespace Headless.Schema.LiveSessions;

/// <summary>The slug cannot change; <see cref="AccountIds"/> null keeps the session's accounts.</summary>
public sealed record UpdateLiveSessionInput(
    string LiveSessionId,
    string Title,
    string? Description,
    IReadOnlyList<string> Hashtags,
    string PlaceName,
    double? Latitude,
    double? Longitude,
    DateTime ScheduledStartAt,
    IReadOnlyList<string>? AccountIds);
