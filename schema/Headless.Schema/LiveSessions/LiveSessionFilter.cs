using Headless.Domain.LiveSessions;

namespace Headless.Schema.LiveSessions;

public sealed record LiveSessionFilter(IReadOnlyList<LiveSessionStatus>? Status, string? Hashtag, string? NgoSlug, string? Search);
