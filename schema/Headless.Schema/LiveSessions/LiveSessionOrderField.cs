namespace Headless.Schema.LiveSessions;

public enum LiveSessionOrderField
{
    ScheduledStartAt,
    CreatedAt,
    Title,
}
