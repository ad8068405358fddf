namespace Headless.Schema.Realtime;

public sealed record LiveSessionUpdated(Guid LiveSessionId);
