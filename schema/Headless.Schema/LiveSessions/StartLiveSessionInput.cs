namespace Headless.Schema.LiveSessions;

public sealed record StartLiveSessionInput(string LiveSessionId);
