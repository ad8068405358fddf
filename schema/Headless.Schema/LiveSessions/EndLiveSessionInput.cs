namespace Headless.Schema.LiveSessions;

public sealed record EndLiveSessionInput(string LiveSessionId);
