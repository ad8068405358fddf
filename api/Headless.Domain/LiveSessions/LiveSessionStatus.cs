namespace Headless.Domain.LiveSessions;

public enum LiveSessionStatus
{
    Scheduled,
    Live,
    Ended,
}
